package academy.web.faces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

/** What backing beans do when a page cannot be shown: answer with the right status and a friendly page. */
public final class Pages {

    private Pages() {
    }

    /** Ends the request with 404 and the not-found page, showing {@code message}. */
    public static void notFound(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** A whole number from a request parameter, or empty when it is missing or not a number. */
    public static Optional<Integer> wholeNumber(String text) {
        if (text == null || text.isBlank() || text.length() > 9) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** Ends a POST by redirecting to a page of the application, so reloading shows that page without repeating the POST. */
    public static void redirect(String pathAndQuery) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + pathAndQuery);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
