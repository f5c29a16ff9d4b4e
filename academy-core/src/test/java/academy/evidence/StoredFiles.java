package academy.evidence;

import java.time.Instant;
import java.util.Optional;

import academy.shared.TestIds;

/**
 * Evidence files as the store would have recorded them, for unit tests of the features that hold
 * them (the store's own rules are tested in {@link EvidenceFilesTest}). The id is the one the
 * database would have given.
 */
public final class StoredFiles {

    private StoredFiles() {
    }

    public static StoredFile stored(long id, long practiceId, String name, EvidenceType type) {
        return TestIds.withId(new StoredFile(practiceId, Optional.of(1L), name, type, 840, "0".repeat(64),
                "storage-" + id, Instant.parse("2026-11-20T09:00:00Z")), id);
    }
}
