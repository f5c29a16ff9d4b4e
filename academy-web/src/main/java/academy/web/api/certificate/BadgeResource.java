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
import academy.certificate.KiteMarkBadge;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/**
 * The kite-mark badge a practice embeds on its own website: public, drawn from the award's standing
 * when asked, and cached for an hour at most, so a revocation shows on the practice's site within the hour.
 */
@Path("badges")
@RequestScoped
@Tag(ref = RestApplication.CERTIFICATES)
public class BadgeResource {

    /** How long browsers and caches may keep a badge, in seconds. */
    static final int MAX_AGE = 3600;

    @Inject
    AwardCertificates awardCertificates;

    @GET
    @Path("{serial}")
    @Produces({KiteMarkBadge.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "A kite mark's badge image",
            description = "An SVG badge for the award with this serial (KM-2026-000123), or for any certificate of it: "
                    + "the level and \"Valid until\" while the award is in force; \"Expired\", \"Revoked\" or \"Replaced\" "
                    + "otherwise, in other colours. Its title element says the same in words. For a completion certificate's "
                    + "serial, that certificate's badge (the image of its credential). Public, readable from any site (CORS); "
                    + "cached up to an hour.")
    @APIResponse(responseCode = "200", description = "The badge", content = @Content(mediaType = KiteMarkBadge.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No kite mark has this serial",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response badge(@PathParam("serial") String serial) {
        KiteMarkBadge badge = awardCertificates.badge(serial);
        return Response.ok(badge.svg(), KiteMarkBadge.MEDIA_TYPE + ";charset=UTF-8")
                .header("Cache-Control", "public, max-age=" + MAX_AGE)
                // Embedded on the practices' own sites.
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .build();
    }
}
