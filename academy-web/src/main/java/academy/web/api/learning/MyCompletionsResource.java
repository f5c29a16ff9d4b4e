package academy.web.api.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.learning.Completion;
import academy.learning.Learning;
import academy.shared.Actor;
import academy.shared.PageRequest;
import academy.web.api.ApiCaller;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/**
 * The signed-in learner's completions: the history, and completions reported by an external
 * content player. A report carries an {@code Idempotency-Key}: sent again with the same key (a
 * retry after a lost answer), it gets the first answer again, status and body, and creates
 * nothing; the same key with a different report is refused (409).
 */
@Path("me/completions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.LEARNING)
public class MyCompletionsResource {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    ApiCaller caller;

    @Inject
    Learning learning;

    @GET
    @Operation(summary = "My completions", description = "The signed-in person's completions, newest first, one page at a "
            + "time, each with the address of its certificate.")
    @APIResponse(responseCode = "200", description = "One page of completions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompletionList.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a value it may not have; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionList list(
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Completions per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_PAGE_SIZE, defaultValue = "" + DEFAULT_PAGE_SIZE))
            @QueryParam("size") String size) {
        Actor actor = caller.signedIn();
        return CompletionList.of(learning.completionHistory(actor, Parameters.page(page, size, DEFAULT_PAGE_SIZE)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a completion from an external content player",
            description = "Records that the signed-in learner completed a version of a module. Send a fresh "
                    + "Idempotency-Key with every new report and the same key when retrying one: a retry gets the first "
                    + "answer again and never makes a second completion.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExternalCompletion.class)))
    @APIResponse(responseCode = "201", description = "The completion (also the answer to a retry with the same key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompletionView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed key or body, unknown module or version, a score "
            + "outside 0 to 100, a date in the future; nothing was recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an active member of a practice, or the request "
            + "came from another site",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not a completion: a score below the module's pass mark (a failed "
            + "attempt) or a date before the version existed; the problem names the pass mark or the date; nothing was recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The key was already used for a different report; nothing was recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(
            @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY, required = true,
                    description = "1 to 100 letters, digits and . _ : - (a UUID fits); the same for every retry of one report")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            String body) {
        Actor actor = caller.inAnyGroup(MyProgressResource.LEARNER_GROUPS);
        ExternalCompletion report = ExternalCompletion.parse(body);
        Completion completion = learning.recordExternalCompletion(actor, report.module(), report.version(), report.score(),
                report.completedAt(), idempotencyKey);
        return Response.status(Response.Status.CREATED).entity(CompletionView.of(completion)).build();
    }
}
