package academy.web.api.accreditation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.accreditation.assessment.CriterionReviews;
import academy.evidence.EvidenceFiles;
import academy.web.api.ApiCaller;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;
import academy.web.api.practice.EvidenceResource;

/**
 * Downloads an evidence file an application holds (frozen with a criterion, or sent with an answer
 * in a criterion's thread) for the people who may read the application: assessors without a
 * conflict of interest with the practice, and administrators. Assessors are no managers of the
 * practice, so the practice's own evidence download is closed to them; this one follows the
 * review page's rule instead. Everyone else signed in is told there is no such file.
 */
@Path("assessment/applications/{id}/evidence-files/{fileId}")
@RequestScoped
@Tag(ref = RestApplication.ACCREDITATION)
public class ApplicationEvidenceResource {

    @Inject
    ApiCaller caller;

    @Inject
    CriterionReviews reviews;

    @GET
    // No @Produces: the media type is the file's own, whatever the client accepts.
    @Operation(summary = "Download an evidence file of an application", description = "A file the practice gave as "
            + "evidence, frozen with a criterion when it applied or sent with an answer to the assessor, as an "
            + "attachment. For assessors without a conflict of interest with the practice, and administrators.")
    @APIResponse(responseCode = "200", description = "The file, with its checked media type",
            content = @Content(mediaType = "application/octet-stream"))
    @APIResponse(responseCode = "400", description = "An id is not a whole number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application or file, the application holds no such file, "
            + "or the caller may not read the application",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response download(@Parameter(description = "The application's id") @PathParam("id") String id,
                             @Parameter(description = "The evidence file's id") @PathParam("fileId") String fileId) {
        var actor = caller.signedIn();
        EvidenceFiles.Opened opened = reviews.evidenceFile(actor, Parameters.integer("id", id, 1, Integer.MAX_VALUE),
                Parameters.integer("fileId", fileId, 1, Integer.MAX_VALUE));
        return EvidenceResource.attachment(opened.file(), opened.content());
    }
}
