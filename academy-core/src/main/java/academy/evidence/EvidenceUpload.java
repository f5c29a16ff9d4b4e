package academy.evidence;

import java.io.InputStream;
import java.util.Objects;

/**
 * A file someone is uploading: the name it had on their computer and its bytes (not yet checked).
 */
public record EvidenceUpload(String fileName, InputStream content) {
    public EvidenceUpload {
        Objects.requireNonNull(content, "content");
    }
}
