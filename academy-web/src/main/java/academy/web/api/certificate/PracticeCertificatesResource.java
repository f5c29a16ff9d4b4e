package academy.web.api.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.certificate.CertificateArchive;
import academy.practice.Practice;
import academy.shared.Actor;
import academy.web.api.ApiCaller;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/**
 * All of a practice's completion certificates as one ZIP, for its managers and administrators,
 * streamed. A manager of another practice gets 404, so ids are never confirmed.
 */
@Path("practices/{id}/certificates.zip")
@RequestScoped
@Tag(ref = RestApplication.CERTIFICATES)
public class PracticeCertificatesResource {

    static final String ZIP = "application/zip";

    @Inject
    ApiCaller caller;

    @Inject
    CertificateArchive certificates;

    @GET
    // No @Produces: the archive is the answer whatever the client accepts (problems stay problem+json).
    @Operation(summary = "Download all of a practice's certificates",
            description = "A ZIP of the certificates already issued for module completions made at the practice: "
                    + "certificates.csv lists every one (serial, learner, module, module slug, version, completed, "
                    + "status valid/revoked/superseded, file), and the stored signed PDF of each valid one is beside it, "
                    + "named learner-module-serial.pdf. Completions whose certificate was never asked for have none yet: "
                    + "they are listed as \"not issued\" (no serial, no file), as nothing is issued by this download. A "
                    + "practice without completions gives an archive with the manifest's header only. Streamed. For the practice's managers and "
                    + "administrators.")
    @APIResponse(responseCode = "200", description = "The ZIP", content = @Content(mediaType = ZIP))
    @APIResponse(responseCode = "400", description = "The id is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller manages no practice and is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such practice, or the caller does not manage it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response download(@Parameter(description = "The practice's id") @PathParam("id") String id) {
        Actor actor = caller.inAnyGroup("manager", "admin");
        long practiceId = Parameters.integer("id", id, 1, Integer.MAX_VALUE);
        // Checked before the first byte is written, so a refusal is still a proper problem response.
        Practice practice = certificates.practiceToArchive(actor, practiceId);
        StreamingOutput body = out -> certificates.writeArchive(actor, practiceId, out);
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + practice.odsCode().value() + "-certificates.zip\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
