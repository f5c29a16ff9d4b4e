package academy.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import academy.shared.InvalidRequestException;

/** The request itself is wrong (including a bad parameter, which is named): 400 problem. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Context
    UriInfo request;

    @Override
    public Response toResponse(InvalidRequestException invalid) {
        return Problems.response(invalid, request);
    }
}
