package academy.web.api;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime raises itself, such as an address under {@code /api/v1} that no
 * resource answers (404) or a method a resource does not offer (405): the same status, as a
 * problem instead of the server's HTML page.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(HttpErrorMapper.class.getName());

    @Context
    UriInfo request;

    @Context
    Request method;

    @Override
    public Response toResponse(WebApplicationException failure) {
        Response original = failure.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String instance = Problems.instance(request);
        Problem problem = Problem.ofStatus(status, detail(status), instance);
        if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            String errorId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Failure " + errorId + " on " + method.getMethod() + " " + instance, failure);
            problem = problem.withErrorId(errorId);
        }
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        // A 405 must say what is allowed (RFC 9110), and the runtime has already worked it out.
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    private String detail(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 404 -> "Nothing in the API answers to this address.";
            case 405 -> "This address does not accept " + method.getMethod() + ".";
            case 406 -> "This address cannot answer in any of the media types the request accepts.";
            case 415 -> "This address does not accept a body of this media type.";
            default -> status.getFamily() == Response.Status.Family.SERVER_ERROR
                    ? "The academy could not answer this request."
                    : "The request could not be answered: " + status.getReasonPhrase() + ".";
        };
    }
}
