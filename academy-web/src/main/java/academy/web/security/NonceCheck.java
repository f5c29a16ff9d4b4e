package academy.web.security;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form must carry the script nonce of the page it came from, and this is checked as soon as its
 * view is restored, before any value is applied or action runs. PrimeFaces makes the same
 * comparison only when it renders the answer, after the action already ran (so a form with the
 * right view state and a wrong or missing nonce changed things and then failed). A form that
 * does not pass is answered with a redirect (303) to the "page expired" page; nothing was done.
 */
public class NonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(NonceCheck.class.getName());

    /** Where PrimeFaces keeps the nonce, in the view map and among the form's fields. */
    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getViewRoot() == null || faces.getResponseComplete()) {
            return;
        }
        Map<String, Object> view = faces.getViewRoot().getViewMap(false);
        Optional<String> rendered = Optional.ofNullable(view).map(v -> v.get(NONCE)).map(Object::toString);
        String sent = faces.getExternalContext().getRequestParameterMap().get(NONCE);
        if (matches(rendered, sent)) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        LOG.info(() -> "A form arrived without the nonce of its page: " + external.getRequestServletPath()
                + "; sent to the expired page");
        external.setResponseStatus(HttpServletResponse.SC_SEE_OTHER);
        external.setResponseHeader("Location", external.getRequestContextPath() + SecurityFilter.EXPIRED_PAGE);
        faces.responseComplete();
    }

    /** True when the page was rendered with a nonce and the form sent exactly that one. */
    static boolean matches(Optional<String> rendered, String sent) {
        return rendered.filter(nonce -> !nonce.isBlank()).map(nonce -> Objects.equals(nonce, sent)).orElse(false);
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the view is restored: the nonce to compare with is in the view.
    }
}
