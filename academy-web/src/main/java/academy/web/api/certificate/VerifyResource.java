package academy.web.api.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.certificate.Certificate;
import academy.certificate.CertificateVerification;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/** Public verification of a certificate by its serial, for other systems; nobody needs to sign in. */
@Path("verify")
@RequestScoped
@Tag(ref = RestApplication.CERTIFICATES)
public class VerifyResource {

    @Inject
    CertificateVerification certificates;

    @Context
    UriInfo request;

    @Context
    ServletContext application;

    @GET
    @Path("{serial}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a certificate",
            description = "Every field of the certificate with that serial and its status: valid, expired, revoked "
                    + "(with date and reason) or superseded (with the newer serial). Hyphens and case do not matter.")
    @APIResponse(responseCode = "200", description = "The certificate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "404", description = "No certificate has this serial (or it is not a serial)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerificationView verify(@PathParam("serial") String serial) {
        return VerificationView.of(certificates.verify(serial), root());
    }

    @GET
    @Path("{serial}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a certificate as issued",
            description = "The signed PDF/A exactly as the academy stored it when it was issued; for a revoked or "
                    + "superseded certificate followed by an incremental update that stamps REVOKED or SUPERSEDED and "
                    + "the date across the page (the signed revision itself is unchanged).")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "No certificate has this serial",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pdf(@PathParam("serial") String serial) {
        Certificate certificate = certificates.certificate(serial);
        return CertificateFiles.pdf(certificate, certificates.pdfOf(certificate));
    }

    private String root() {
        String base = request.getBaseUri().toString();
        return base.substring(0, base.indexOf("/api/v1"));
    }
}
