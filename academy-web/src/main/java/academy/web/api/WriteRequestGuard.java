package academy.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import academy.web.security.CrossSiteCheck;

/**
 * Every write to the API (POST, PUT, PATCH, DELETE) needs a signed-in session: 401 problem
 * otherwise. Runs after matching, so a method a resource does not offer is still a plain 405.
 * Cross-site writes never get this far ({@code academy.web.security.SecurityFilter}).
 */
@Provider
public class WriteRequestGuard implements ContainerRequestFilter {

    @Context
    UriInfo uri;

    @Override
    public void filter(ContainerRequestContext request) {
        if (CrossSiteCheck.changesState(request.getMethod()) && request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Problem.of(Problem.Type.SIGN_IN_REQUIRED, Response.Status.UNAUTHORIZED,
                    "Please sign in first: changes need a signed-in session.", uri.getRequestUri().getRawPath())
                    .toResponse());
        }
    }
}
