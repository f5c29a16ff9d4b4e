package academy.web.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;

import academy.account.InvalidLinkException;
import academy.shared.AcademyException;
import academy.shared.AccessDeniedException;
import academy.shared.NotFoundException;
import academy.signin.SignInThrottledException;

/**
 * Turns the academy's own exceptions, wherever a page meets them, into something a person can act
 * on; backing beans therefore call services without catching:
 * <ul>
 * <li>{@link AccessDeniedException} → 403 and {@code /error/forbidden.xhtml};</li>
 * <li>{@link NotFoundException} → 404 and {@code /error/not-found.xhtml};</li>
 * <li>{@link InvalidLinkException} → 410 and {@code /error/invalid-link.xhtml} ("expired or used");</li>
 * <li>{@link SignInThrottledException} → 429 with Retry-After, and its message on the page;</li>
 * <li>any other {@link AcademyException} → its message on the page the person was on.</li>
 * </ul>
 * Anything else goes on to the container's error page, logged, as before.
 */
public class AcademyExceptionHandler extends ExceptionHandlerWrapper {

    static final String INVALID_LINK_VIEW = "/error/invalid-link.xhtml";
    static final String FORBIDDEN_VIEW = "/error/forbidden.xhtml";
    static final String NOT_FOUND_VIEW = "/error/not-found.xhtml";
    /** The request attribute the invalid-link page shows. */
    static final String LINK_PROBLEM = "academy.link.problem";

    private static final Logger LOG = Logger.getLogger(AcademyExceptionHandler.class.getName());

    public AcademyExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
        while (queued.hasNext()) {
            Throwable thrown = queued.next().getContext().getException();
            Optional<AcademyException> academy = academyCause(thrown);
            if (academy.isEmpty() || faces == null || faces.getResponseComplete()) {
                continue;
            }
            queued.remove();
            respond(faces, academy.get());
        }
        getWrapped().handle();
    }

    private static void respond(FacesContext faces, AcademyException failure) {
        ExternalContext external = faces.getExternalContext();
        LOG.log(Level.FINE, "Shown to the user: " + failure.userMessage(), failure);
        if (failure instanceof AccessDeniedException) {
            showErrorPage(faces, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN_VIEW, failure.userMessage());
        } else if (failure instanceof NotFoundException) {
            showErrorPage(faces, HttpServletResponse.SC_NOT_FOUND, NOT_FOUND_VIEW, failure.userMessage());
        } else if (failure instanceof InvalidLinkException) {
            external.getRequestMap().put(LINK_PROBLEM, failure.userMessage());
            render(faces, HttpServletResponse.SC_GONE, INVALID_LINK_VIEW);
        } else {
            if (failure instanceof SignInThrottledException throttled) {
                external.setResponseStatus(429);
                external.setResponseHeader("Retry-After", Long.toString(Math.max(1, throttled.waitFor().toSeconds())));
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failure.userMessage(), null));
            faces.validationFailed();
            if (faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                faces.renderResponse();
            }
        }
    }

    /**
     * On opening a page, the container's error page (as for any 403/404). After a form was sent,
     * the error view is rendered in this same request instead: an error dispatch would carry the
     * form's view state and PrimeFaces nonce into a view they do not belong to.
     */
    private static void showErrorPage(FacesContext faces, int status, String view, String message) {
        if (faces.isPostback()) {
            faces.getExternalContext().getRequestMap().put("jakarta.servlet.error.message", message);
            render(faces, status, view);
            return;
        }
        try {
            faces.getExternalContext().responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static void render(FacesContext faces, int status, String view) {
        faces.getExternalContext().setResponseStatus(status);
        ViewHandler views = faces.getApplication().getViewHandler();
        faces.setViewRoot(views.createView(faces, view));
        faces.getPartialViewContext().setRenderAll(true);
        faces.renderResponse();
    }

    /** The academy exception behind {@code thrown}: Faces, EL and interceptors wrap what the service threw. */
    static Optional<AcademyException> academyCause(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (current instanceof AcademyException academy) {
                return Optional.of(academy);
            }
            current = current.getCause();
        }
        return Optional.empty();
    }
}
