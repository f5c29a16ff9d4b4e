package academy.web.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import academy.evidence.EvidenceFiles;
import academy.evidence.EvidenceType;
import academy.evidence.EvidenceUpload;
import academy.shared.AcademyException;
import academy.web.faces.Messages;

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
     * The part the browser sent for a file field, read from the request itself. Faces hands the
     * model no value for an empty file (it reads "empty" as "none chosen"), so a page that must
     * refuse an empty upload with the store's message takes the part from here, in the field's
     * {@code postValidate} event (when, inside a repeat, the field's client id is its row's).
     */
    public static Optional<Part> sentFor(UIComponent field) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(request.getPart(field.getClientId(faces)));
        } catch (IOException | ServletException unreadable) {
            throw new IllegalStateException("the upload could not be read", unreadable);
        }
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
