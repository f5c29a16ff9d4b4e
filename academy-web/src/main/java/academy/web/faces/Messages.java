package academy.web.faces;

import java.util.function.Supplier;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import academy.shared.AcademyException;

/**
 * How page actions tell people what happened: one message per action, in plain words. A refusal
 * from a service (bad input, not allowed, already done) becomes an error message and changes
 * nothing; anything unexpected still goes to the error page.
 */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /**
     * An error about one field (by its client id, e.g. {@code certificates:serial}): the field shows
     * it, and the error summary links to the field. The action changes nothing.
     */
    public static void errorOn(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }

    /**
     * Runs one service call; on success shows the message it returns, on a refusal shows the
     * refusal's own message.
     *
     * @return true when the call succeeded
     */
    public static boolean attempt(Supplier<String> action) {
        try {
            info(action.get());
            return true;
        } catch (AcademyException refused) {
            error(refused.userMessage());
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
