package academy.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;

import academy.learning.NotACompletionException;
import academy.shared.AcademyException;
import academy.shared.AccessDeniedException;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;
import academy.signin.SignInThrottledException;

/**
 * The one place that decides which problem an academy exception becomes, so that the mappers and
 * the catch-all (which meets academy exceptions wrapped by interceptors) answer alike.
 */
final class Problems {

    /** RFC 9110's 422, which JAX-RS 3.1 has no constant for. */
    static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private Problems() {
    }

    static Problem of(AcademyException failure, String instance) {
        if (failure instanceof NotFoundException) {
            return Problem.of(Problem.Type.NOT_FOUND, Status.NOT_FOUND, failure.userMessage(), instance);
        }
        if (failure instanceof SignInRequiredException) {
            return Problem.of(Problem.Type.SIGN_IN_REQUIRED, Status.UNAUTHORIZED, failure.userMessage(), instance);
        }
        if (failure instanceof AccessDeniedException) {
            return Problem.of(Problem.Type.FORBIDDEN, Status.FORBIDDEN, failure.userMessage(), instance);
        }
        if (failure instanceof InvalidParameterException invalid) {
            return Problem.of(Problem.Type.INVALID_PARAMETER, Status.BAD_REQUEST, invalid.userMessage(), instance)
                    .withParameter(invalid.parameter(), invalid.allowed(),
                            invalid.allowedValues().isEmpty() ? null : invalid.allowedValues());
        }
        if (failure instanceof InvalidRequestException) {
            return Problem.of(Problem.Type.INVALID_REQUEST, Status.BAD_REQUEST, failure.userMessage(), instance);
        }
        if (failure instanceof NotACompletionException) {
            return Problem.of(Problem.Type.NOT_A_COMPLETION, UNPROCESSABLE, failure.userMessage(), instance);
        }
        if (failure instanceof SignInThrottledException) {
            return Problem.of(Problem.Type.TOO_MANY_ATTEMPTS, Status.TOO_MANY_REQUESTS, failure.userMessage(), instance);
        }
        // Any other deliberate refusal is about the state of things (already done, not allowed
        // now), not about how the request was written.
        return Problem.of(Problem.Type.CONFLICT, Status.CONFLICT, failure.userMessage(), instance);
    }

    static Response response(AcademyException failure, UriInfo request) {
        Response response = of(failure, instance(request)).toResponse();
        if (failure instanceof SignInThrottledException throttled) {
            // Whole seconds, never zero: a client that retries at once would only be refused again.
            return Response.fromResponse(response)
                    .header("Retry-After", Math.max(1, throttled.waitFor().toSeconds())).build();
        }
        if (failure instanceof SignInRequiredException) {
            // RFC 9110 wants a challenge with every 401; the academy's only scheme is its sign-in page.
            return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, SignInRequiredException.CHALLENGE).build();
        }
        return response;
    }

    /** The path of the request, which is what identifies this occurrence of the problem. */
    static String instance(UriInfo request) {
        return request.getRequestUri().getRawPath();
    }
}
