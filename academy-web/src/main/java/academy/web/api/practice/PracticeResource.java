package academy.web.api.practice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import academy.practice.MemberQuery;
import academy.practice.Roster;
import academy.shared.PageRequest;
import academy.web.api.ApiCaller;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/**
 * A practice and its members, for the practice's managers and for administrators. Anyone else
 * signed in as a manager gets 404 for another practice's id (the service's rule), so ids are never
 * confirmed; people who manage no practice get 403.
 */
@Path("practices/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.PEOPLE)
public class PracticeResource {

    static final int DEFAULT_PAGE_SIZE = 20;

    @Inject
    ApiCaller caller;

    @Inject
    Roster roster;

    @GET
    @Operation(summary = "Read a practice", description = "The practice with its join code. For its managers and "
            + "administrators.")
    @APIResponse(responseCode = "200", description = "The practice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PracticeDetail.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller manages no practice and is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such practice, or the caller does not manage it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PracticeDetail get(@Parameter(description = "The practice's id") @PathParam("id") String id) {
        var actor = caller.inAnyGroup("manager", "admin");
        return PracticeDetail.of(roster.practice(actor, practiceId(id)));
    }

    @GET
    @Path("members")
    @Operation(summary = "List a practice's current members", description = "Current members by name, one page at a "
            + "time. For the practice's managers and administrators.")
    @APIResponse(responseCode = "200", description = "One page of members",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberList.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a value it may not have; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller manages no practice and is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such practice, or the caller does not manage it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MemberList members(
            @Parameter(description = "The practice's id") @PathParam("id") String id,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Members per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_PAGE_SIZE, defaultValue = "" + DEFAULT_PAGE_SIZE))
            @QueryParam("size") String size) {
        var actor = caller.inAnyGroup("manager", "admin");
        PageRequest request = Parameters.page(page, size, DEFAULT_PAGE_SIZE);
        return MemberList.of(roster.findMembers(actor, practiceId(id), MemberQuery.ALL, request));
    }

    private static long practiceId(String id) {
        return Parameters.integer("id", id, 1, Integer.MAX_VALUE);
    }
}
