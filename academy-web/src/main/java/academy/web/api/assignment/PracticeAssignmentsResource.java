package academy.web.api.assignment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.learning.assignment.Assignment;
import academy.learning.assignment.Assignments;
import academy.shared.Actor;
import academy.web.api.InvalidParameterException;
import academy.shared.PageRequest;
import academy.web.api.ApiCaller;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/**
 * A practice's assignments, for its managers and administrators: the list (the practice's own and
 * the region's), assigning, withdrawing, and the people with assigned training. A manager of
 * another practice gets 404, so ids are never confirmed.
 */
@Path("practices/{id}/assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.LEARNING)
public class PracticeAssignmentsResource {

    static final int DEFAULT_PAGE_SIZE = 20;

    @Inject
    ApiCaller caller;

    @Inject
    Assignments assignments;

    @GET
    @Operation(summary = "A practice's assignments", description = "The practice's assignments and the region-wide ones, "
            + "open ones first, newest first, each with the number of its rows (person and module) still open in the "
            + "practice. For the practice's managers and administrators.")
    @APIResponse(responseCode = "200", description = "One page of assignments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentJson.Listing.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a value it may not have; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller manages no practice and is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such practice, or the caller does not manage it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssignmentJson.Listing list(
            @Parameter(description = "The practice's id") @PathParam("id") String id,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Assignments per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_PAGE_SIZE, defaultValue = "" + DEFAULT_PAGE_SIZE))
            @QueryParam("size") String size) {
        Actor actor = caller.inAnyGroup("manager", "admin");
        return AssignmentJson.Listing.of(assignments.ofPractice(actor, practiceId(id), Parameters.page(page, size, DEFAULT_PAGE_SIZE)));
    }

    @GET
    @Path("people")
    @Operation(summary = "A practice's assigned training, person by person", description = "Every open row (person and "
            + "module) by due day, with its status; overdue=true: only the overdue ones. For the practice's managers and "
            + "administrators.")
    @APIResponse(responseCode = "200", description = "One page of assigned training",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignedItemList.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a value it may not have; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller manages no practice and is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such practice, or the caller does not manage it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssignedItemList people(
            @Parameter(description = "The practice's id") @PathParam("id") String id,
            @Parameter(description = "true: only overdue ones") @QueryParam("overdue") String overdue,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_PAGE_SIZE, defaultValue = "" + DEFAULT_PAGE_SIZE))
            @QueryParam("size") String size) {
        Actor actor = caller.inAnyGroup("manager", "admin");
        return AssignedItemList.of(assignments.openInPractice(actor, practiceId(id), flag("overdue", overdue),
                Parameters.page(page, size, DEFAULT_PAGE_SIZE)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign training", description = "Assigns a module or a learning path to one member, a job role or "
            + "all staff of the practice, due on a day or within a number of days; current members it is for get it at "
            + "once, members who join later when they join. For the practice's managers and administrators.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewAssignment.class)))
    @APIResponse(responseCode = "201", description = "The assignment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentJson.class)))
    @APIResponse(responseCode = "400", description = "A missing or malformed member, a due date in the past, an unknown "
            + "role, module or path, or a person who is not a current member of the practice; nothing was assigned",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller manages no practice and is not an administrator, or the "
            + "request came from another site",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such practice, or the caller does not manage it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response assign(@Parameter(description = "The practice's id") @PathParam("id") String id, String body) {
        Actor actor = caller.inAnyGroup("manager", "admin");
        long practiceId = practiceId(id);
        // Another practice's id is "not found" whatever the body says.
        assignments.requireMayAssign(actor, practiceId);
        Assignment assignment = assignments.assign(actor, practiceId, NewAssignment.parse(body));
        return Response.status(Response.Status.CREATED)
                .entity(AssignmentJson.of(assignments.summaryOf(actor, practiceId, assignment.id()))).build();
    }

    @DELETE
    @Path("{assignmentId}")
    @Operation(summary = "Withdraw an assignment", description = "Withdraws one of the practice's own assignments: what "
            + "it assigned ends and stays in the history. Region-wide assignments are withdrawn by administrators.")
    @APIResponse(responseCode = "200", description = "The withdrawn assignment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentJson.class)))
    @APIResponse(responseCode = "400", description = "A malformed id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller manages no practice and is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such assignment of the practice, or the caller does not manage it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It was already withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssignmentJson withdraw(@Parameter(description = "The practice's id") @PathParam("id") String id,
                                   @Parameter(description = "The assignment's id") @PathParam("assignmentId") String assignmentId) {
        Actor actor = caller.inAnyGroup("manager", "admin");
        long practiceId = practiceId(id);
        long withdrawn = assignments.withdraw(actor, practiceId, Parameters.integer("assignmentId", assignmentId, 1,
                Integer.MAX_VALUE)).id();
        return AssignmentJson.of(assignments.summaryOf(actor, practiceId, withdrawn));
    }

    static long practiceId(String id) {
        return Parameters.integer("id", id, 1, Integer.MAX_VALUE);
    }

    static boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank() || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw new InvalidParameterException(name, "The parameter \"" + name + "\" must be true or false.", "true or false",
                java.util.List.of("true", "false"));
    }
}
