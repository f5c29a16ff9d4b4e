package academy.web.api.assignment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.learning.assignment.Assignments;
import academy.shared.Actor;
import academy.shared.PageRequest;
import academy.web.api.ApiCaller;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/** The signed-in learner's assigned training. */
@Path("me/assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.LEARNING)
public class MyAssignmentsResource {

    static final int DEFAULT_PAGE_SIZE = 20;

    @Inject
    ApiCaller caller;

    @Inject
    Assignments assignments;

    @GET
    @Operation(summary = "My assigned training", description = "The signed-in person's assigned modules: open ones by due "
            + "day, each with who assigned it, whether it is mandatory, its status and how many days it is overdue; with "
            + "history=true also those fulfilled or ended. One page at a time.")
    @APIResponse(responseCode = "200", description = "One page of assigned training",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignedItemList.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a value it may not have; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssignedItemList list(
            @Parameter(description = "true: also what has ended") @QueryParam("history") String history,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_PAGE_SIZE, defaultValue = "" + DEFAULT_PAGE_SIZE))
            @QueryParam("size") String size) {
        return AssignedItemList.of(assignments.mine(caller.signedIn(), PracticeAssignmentsResource.flag("history", history),
                Parameters.page(page, size, DEFAULT_PAGE_SIZE)));
    }

    @POST
    @Path("{itemId}/dismiss")
    @Operation(summary = "Dismiss assigned training", description = "The signed-in learner dismisses training assigned to "
            + "them; mandatory training cannot be dismissed. It ends, and stays in the history.")
    @APIResponse(responseCode = "200", description = "The dismissed training",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignedItem.class)))
    @APIResponse(responseCode = "400", description = "A malformed id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such assigned training of the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It is mandatory, or no longer assigned; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssignedItem dismiss(@Parameter(description = "The assigned training's id") @PathParam("itemId") String itemId) {
        Actor actor = caller.signedIn();
        return AssignedItem.of(assignments.dismiss(actor, Parameters.integer("itemId", itemId, 1, Integer.MAX_VALUE)));
    }
}
