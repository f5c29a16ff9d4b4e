package academy.web.api.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.certificate.AwardCertificates;
import academy.certificate.Certificate;
import academy.certificate.CertificateVerification;
import academy.certificate.Certificates;
import academy.web.api.ApiCaller;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/**
 * Completion certificates for the learner and the practice's managers. A client that accepts only
 * JSON still gets the PDF on success (and problem+json on failure), so API clients need not
 * negotiate.
 */
@Path("certificates")
@RequestScoped
@Tag(ref = RestApplication.CERTIFICATES)
public class CertificateResource {

    @Inject
    ApiCaller caller;

    @Inject
    Certificates certificates;

    @Inject
    CertificateVerification verification;

    @Inject
    AwardCertificates awardCertificates;

    @GET
    @Path("completions/{completionId}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a completion certificate",
            description = "The signed PDF/A certificate of a module completion: issued and stored the first time it is "
                    + "asked for, the same stored bytes every time after. For the learner, or a manager of the practice "
                    + "the completion was made at.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such completion, or not yours to see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response completionCertificate(@PathParam("completionId") String completionId) {
        Certificate certificate = certificates.completionCertificate(caller.signedIn(),
                Parameters.integer("completionId", completionId, 1, Integer.MAX_VALUE));
        return CertificateFiles.pdf(certificate, verification.pdfOf(certificate));
    }

    @GET
    @Path("awards/{awardSerial}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a kite-mark certificate",
            description = "The signed PDF/A certificate in force of the kite-mark award with this serial (KM-2026-000123): "
                    + "issued when the award was granted, and replaced by a new one after a re-issue. For the practice's "
                    + "managers and administrators.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller manages no practice and is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such award, or not the caller's practice's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response awardCertificate(@PathParam("awardSerial") String awardSerial) {
        Certificate certificate = awardCertificates.certificateOf(caller.inAnyGroup("manager", "admin"), awardSerial);
        return CertificateFiles.pdf(certificate, verification.pdfOf(certificate));
    }
}
