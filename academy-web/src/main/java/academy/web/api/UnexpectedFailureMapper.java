package academy.web.api;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import academy.shared.AcademyException;

/**
 * Everything nobody meant to happen: logged in full under a fresh id, answered with a 500 problem
 * that carries only that id. Internals (messages, stack traces, SQL) never reach the caller.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Context
    UriInfo request;

    @Context
    Request method;

    @Override
    public Response toResponse(Throwable failure) {
        return problemFor(failure, method.getMethod(), Problems.instance(request)).toResponse();
    }

    static Problem problemFor(Throwable failure, String method, String instance) {
        // Interceptors (transactions, EJB) wrap what the service threw; a deliberate academy
        // exception inside still deserves its own answer rather than a 500.
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AcademyException deliberate) {
                return Problems.of(deliberate, instance);
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure " + errorId + " on " + method + " " + instance, failure);
        return Problem.of(Problem.Type.UNEXPECTED, Status.INTERNAL_SERVER_ERROR,
                        "The academy could not answer this request. Quote error id " + errorId + " when reporting it.",
                        instance)
                .withErrorId(errorId);
    }
}
