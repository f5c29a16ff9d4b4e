package academy.web.api;

import java.net.URI;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: the body of every error the API returns. Besides the five standard
 * members it may carry {@code parameter}, {@code allowed} and {@code allowedValues} (which request
 * parameter was wrong and what it may be) and {@code errorId} (the id under which an unexpected
 * failure was logged). Members that do not apply are null and so left out of the JSON.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details; served as application/problem+json.")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "parameter", "allowed", "allowedValues", "errorId"})
public record Problem(
        @Schema(description = "URI identifying the kind of problem", example = "urn:academy:problem:not-found")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Not found")
        String title,
        @Schema(description = "HTTP status code", example = "404")
        int status,
        @Schema(description = "What went wrong this time, in plain words")
        String detail,
        @Schema(description = "The request path this problem occurred on", example = "/api/v1/modules/no-such-module")
        String instance,
        @Schema(description = "The request parameter that was wrong", nullable = true, example = "audience")
        String parameter,
        @Schema(description = "What the parameter may be, in words", nullable = true, example = "one of staff, ppg, both")
        String allowed,
        @Schema(description = "Every value the parameter may take, when they can be listed", nullable = true)
        List<String> allowedValues,
        @Schema(description = "Id of the log entry of an unexpected failure; quote it when reporting the problem",
                nullable = true)
        String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The kinds of problem the academy names; anything else is a plain HTTP status ({@code about:blank}). */
    public enum Type {
        NOT_FOUND("urn:academy:problem:not-found", "Not found"),
        INVALID_REQUEST("urn:academy:problem:invalid-request", "Invalid request"),
        INVALID_PARAMETER("urn:academy:problem:invalid-parameter", "Invalid parameter"),
        CONFLICT("urn:academy:problem:conflict", "Request refused"),
        NOT_A_COMPLETION("urn:academy:problem:not-a-completion", "Not a completion"),
        SIGN_IN_REQUIRED("urn:academy:problem:sign-in-required", "Sign-in required"),
        FORBIDDEN("urn:academy:problem:forbidden", "Not allowed"),
        TOO_MANY_ATTEMPTS("urn:academy:problem:too-many-attempts", "Too many attempts"),
        UNEXPECTED("urn:academy:problem:unexpected", "Unexpected failure");

        private final URI uri;
        private final String title;

        Type(String uri, String title) {
            this.uri = URI.create(uri);
            this.title = title;
        }

        public URI uri() {
            return uri;
        }

        public String title() {
            return title;
        }
    }

    public Problem {
        allowedValues = allowedValues == null ? null : List.copyOf(allowedValues);
    }

    public static Problem of(Type type, Response.StatusType status, String detail, String instance) {
        return new Problem(type.uri().toString(), type.title(), status.getStatusCode(), detail, instance,
                null, null, null, null);
    }

    /** A problem that is nothing more than its HTTP status (RFC 9457 section 4.2.1). */
    public static Problem ofStatus(Response.StatusType status, String detail, String instance) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance,
                null, null, null, null);
    }

    public Problem withParameter(String name, String allowedInWords, List<String> values) {
        return new Problem(type, title, status, detail, instance, name, allowedInWords, values, errorId);
    }

    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, instance, parameter, allowed, allowedValues, id);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
