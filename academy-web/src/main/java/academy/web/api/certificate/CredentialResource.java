package academy.web.api.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import academy.certificate.CredentialPublication;
import academy.certificate.OpenBadges;
import academy.web.api.ApiCaller;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/**
 * Open Badges 3.0: a completion's credential as a JWT (VC-JOSE, {@code application/vc+jwt}), the
 * issuer's profile, and the status lists that carry revocations. The keys are at
 * {@code /.well-known/jwks.json}.
 */
@Path("credentials")
@RequestScoped
@Tag(ref = RestApplication.CERTIFICATES)
public class CredentialResource {

    @Inject
    ApiCaller caller;

    @Inject
    CredentialPublication certificates;

    @Inject
    AwardCertificates awardCertificates;

    @GET
    @Path("completions/{completionId}")
    @Produces({OpenBadges.JWT_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a completion's Open Badges credential",
            description = "An OpenBadgeCredential (Open Badges 3.0, Verifiable Credentials 2.0) for the completion, signed "
                    + "as a JWT with ES256; its id is the certificate's verification address and its status is the "
                    + "certificate's. For the learner, or a manager of the practice the completion was made at.")
    @APIResponse(responseCode = "200", description = "The signed credential",
            content = @Content(mediaType = OpenBadges.JWT_MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such completion, or not yours to see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response completionCredential(@PathParam("completionId") String completionId) {
        String jwt = certificates.completionCredential(caller.signedIn(),
                Parameters.integer("completionId", completionId, 1, Integer.MAX_VALUE));
        return Response.ok(jwt, OpenBadges.JWT_MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"credential-" + completionId.strip() + ".jwt\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("awards/{awardSerial}")
    @Produces({OpenBadges.JWT_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a kite mark's Open Badges credential",
            description = "An OpenBadgeCredential for the kite-mark award with this serial: the achievement is the level, "
                    + "validFrom and validUntil are the award's, and its status is that of the award's certificate in force "
                    + "(revoked with the award). Signed as a JWT with ES256. For the practice's managers and administrators.")
    @APIResponse(responseCode = "200", description = "The signed credential",
            content = @Content(mediaType = OpenBadges.JWT_MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller manages no practice and is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such award, or not the caller's practice's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response awardCredential(@PathParam("awardSerial") String awardSerial) {
        String jwt = awardCertificates.credentialOf(caller.inAnyGroup("manager", "admin"), awardSerial);
        return Response.ok(jwt, OpenBadges.JWT_MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"kite-mark-credential-"
                        + awardSerial.strip().toUpperCase(java.util.Locale.ROOT) + ".jwt\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("issuer")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The issuer's profile", description = "The Open Badges Profile of the academy as issuer.")
    @APIResponse(responseCode = "200", description = "The profile", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public JsonObject issuer() {
        return certificates.issuerProfile();
    }

    @GET
    @Path("status/{list}")
    @Produces({OpenBadges.JWT_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "A revocation status list",
            description = "A BitstringStatusListCredential, signed as a JWT: the bit at a credential's statusListIndex "
                    + "is 1 when its certificate is revoked or superseded by a re-issued one (either way it is no longer "
                    + "to be trusted; the verification page says which, when and why).")
    @APIResponse(responseCode = "200", description = "The signed status list", content = @Content(mediaType = OpenBadges.JWT_MEDIA_TYPE))
    @APIResponse(responseCode = "400", description = "The list number is not a whole number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response statusList(@PathParam("list") String list) {
        return Response.ok(certificates.statusList(Parameters.integer("list", list, 0, 16_383)), OpenBadges.JWT_MEDIA_TYPE)
                .header("Cache-Control", "public, max-age=60").build();
    }
}
