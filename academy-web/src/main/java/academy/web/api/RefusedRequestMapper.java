package academy.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import academy.shared.AcademyException;

/**
 * Any other exception the academy raises on purpose: it refuses the request because of the state
 * of things; 409 problem with the exception's user message.
 */
@Provider
public class RefusedRequestMapper implements ExceptionMapper<AcademyException> {

    @Context
    UriInfo request;

    @Override
    public Response toResponse(AcademyException refused) {
        return Problems.response(refused, request);
    }
}
