package academy.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import academy.shared.Actor;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;

/**
 * The checks the evidence store makes before anything is recorded: who may upload, the size limit
 * (counted while reading, so a large upload is never read whole), the type from the content and
 * the name agreeing with it. A refused upload leaves no file behind. (Storing and reading back
 * are tested on PostgreSQL in TrainingMatrixIT.)
 */
class EvidenceFilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private static final Actor MANAGER_OF_7 = Actor.person(1, "Mona Manager", Set.of(), Set.of(7L), "127.0.0.1");
    /** The practice's managers, as the callers' rule says. */
    private static final EvidenceAccess MANAGERS = (actor, practiceId) -> actor.manages(practiceId);

    @TempDir
    Path dataDir;

    private final EvidenceFiles files = new EvidenceFiles();

    @BeforeEach
    void configure() {
        files.clock = CLOCK;
        files.dataDir = dataDir.toString();
        files.maxMegabytes = 1;
    }

    private String[] leftOver() throws IOException {
        Path evidence = dataDir.resolve("evidence");
        if (!Files.exists(evidence)) {
            return new String[0];
        }
        try (Stream<Path> listed = Files.list(evidence)) {
            return listed.map(p -> p.getFileName().toString()).toArray(String[]::new);
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsKept() throws IOException {
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);

        assertThatThrownBy(() -> files.store(MANAGER_OF_7, MANAGERS, 7, "big.pdf", new ByteArrayInputStream(big)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("larger than 1 MB");
        assertThat(leftOver()).isEmpty();
        assertThat(files.maxBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void disguisedAndEmptyFilesAreRefusedAndNothingIsKept() throws IOException {
        assertThatThrownBy(() -> files.store(MANAGER_OF_7, MANAGERS, 7, "report.pdf", new ByteArrayInputStream(EvidenceTypeTest.PNG_BYTES)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("really a PNG image");
        assertThatThrownBy(() -> files.store(MANAGER_OF_7, MANAGERS, 7, "report.pdf", new ByteArrayInputStream(EvidenceTypeTest.EXE_BYTES)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("PDF, PNG, JPEG, DOCX or XLSX");
        assertThatThrownBy(() -> files.store(MANAGER_OF_7, MANAGERS, 7, "setup.exe", new ByteArrayInputStream(EvidenceTypeTest.EXE_BYTES)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not a file the academy accepts");
        assertThatThrownBy(() -> files.store(MANAGER_OF_7, MANAGERS, 7, "empty.pdf", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("is empty");
        assertThat(leftOver()).isEmpty();
    }

    @Test
    void onlyThoseTheCallersRuleAllowsMayUpload() {
        byte[] pdf = Arrays.copyOf("%PDF-1.7\n".getBytes(), 9);
        assertThatThrownBy(() -> files.store(MANAGER_OF_7, MANAGERS, 8, "report.pdf", new ByteArrayInputStream(pdf)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> files.store(Actor.anonymous("127.0.0.1"), MANAGERS, 7, "report.pdf", new ByteArrayInputStream(pdf)))
                .isInstanceOf(NotFoundException.class);
    }
}
