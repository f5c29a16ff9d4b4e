package academy.web.api.accreditation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.accreditation.application.Accreditation;
import academy.web.api.ApiCaller;
import academy.web.api.Links;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/**
 * A practice's live kite-mark readiness, for its managers and administrators. Another practice's id
 * is "not found" (the service's rule), so ids are never confirmed; people who manage no practice get 403.
 */
@Path("practices/{id}/readiness")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.ACCREDITATION)
public class ReadinessResource {

    @Inject
    ApiCaller caller;

    @Inject
    Accreditation accreditation;

    @Context
    UriInfo request;

    @Context
    ServletContext application;

    @GET
    @Operation(summary = "Read a practice's kite-mark readiness", description = "Every criterion of the scheme in force "
            + "with its status (met, not met, awaiting evidence, awaiting assessor), progress and gap in words, and the "
            + "modules, guides and showcases that help; progress per area and per level. Counted live.")
    @APIResponse(responseCode = "200", description = "The practice's readiness",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReadinessDetail.class)))
    @APIResponse(responseCode = "400", description = "The id is not a whole number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller manages no practice and is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such practice, the caller does not manage it, or no scheme is published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReadinessDetail get(@Parameter(description = "The practice's id") @PathParam("id") String id) {
        var actor = caller.inAnyGroup("manager", "admin");
        long practiceId = Parameters.integer("id", id, 1, Integer.MAX_VALUE);
        return ReadinessDetail.of(accreditation.readiness(actor, practiceId), Links.Roots.of(request, application));
    }
}
