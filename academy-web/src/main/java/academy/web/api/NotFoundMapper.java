package academy.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import academy.shared.NotFoundException;

/** Something asked for by slug or number does not exist: 404 problem. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Context
    UriInfo request;

    @Override
    public Response toResponse(NotFoundException notFound) {
        return Problems.response(notFound, request);
    }
}
