package academy.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.Part;

import academy.evidence.EvidenceFiles;
import academy.evidence.EvidenceType;
import academy.evidence.EvidenceUpload;
import academy.shared.AcademyException;

/**
 * How a page hands the file chosen in an {@code h:inputFile} field to a service that stores it
 * through the evidence store: the field's {@code accept} list, and one attempt with the file's name
 * and bytes (or none when no file was chosen), the container's temporary copy removed afterwards.
 */
public final class EvidenceUploads {

    private EvidenceUploads() {
    }

    /** What an evidence field accepts, for the browser's file chooser: ".pdf,.png,…". */
    public static String acceptedTypes() {
        return String.join(",", Arrays.stream(EvidenceType.values()).flatMap(t -> t.extensions().stream())
                .map(e -> "." + e).toList());
    }

    /** The hint beside an evidence field: the types taken and the size limit ("PDF, …, up to 10 MB."). */
    public static String hint(EvidenceFiles store) {
        return EvidenceType.allowedList() + ", up to " + store.maxBytes() / (1024 * 1024) + " MB.";
    }

    /**
     * Whether a file was chosen. A browser sends a field left empty as a part with no name and no
     * bytes; an empty file with a name is an upload, which the store refuses with its message.
     */
    public static boolean chosen(Part part) {
        return part != null && (part.getSize() > 0
                || part.getSubmittedFileName() != null && !part.getSubmittedFileName().isBlank());
    }

    /**
     * Runs one service call as {@link Messages#attempt} does, giving it the chosen file (empty when
     * none), and closes and deletes the upload afterwards whatever happened.
     *
     * @return true when the call succeeded
     */
    public static boolean attempt(Part part, Function<Optional<EvidenceUpload>, String> action) {
        try (InputStream content = chosen(part) ? part.getInputStream() : null) {
            Optional<EvidenceUpload> upload = content == null ? Optional.empty()
                    : Optional.of(new EvidenceUpload(part.getSubmittedFileName(), content));
            return Messages.attempt(() -> action.apply(upload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(part);
        }
    }

    private static void deleteQuietly(Part part) {
        if (part != null) {
            try {
                part.delete();
            } catch (IOException | AcademyException ignored) {
                // The container removes its temporary upload files at the end of the request anyway.
            }
        }
    }
}
