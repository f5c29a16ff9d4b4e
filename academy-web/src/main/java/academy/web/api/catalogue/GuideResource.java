package academy.web.api.catalogue;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.catalogue.Catalogue;
import academy.web.api.Links;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/** Plain-language guides that help patients use online services. */
@Path("guides")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.CATALOGUE)
public class GuideResource {

    @Inject
    Catalogue catalogue;

    @Context
    UriInfo request;

    @Context
    ServletContext application;

    @GET
    @Operation(summary = "List guides for patients", description = "Every published guide, ordered by title.")
    @APIResponse(responseCode = "200", description = "The guides", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = GuideSummary.class)))
    public List<GuideSummary> list() {
        Links.Roots roots = roots();
        return catalogue.guides().stream().map(guide -> GuideSummary.of(guide, roots)).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Read a guide for patients", description = "One guide with all its steps.")
    @APIResponse(responseCode = "200", description = "The guide", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GuideDetail.class)))
    @APIResponse(responseCode = "404", description = "No published guide has this slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GuideDetail get(@Parameter(description = "The guide's slug") @PathParam("slug") String slug) {
        return GuideDetail.of(catalogue.getGuide(slug), roots());
    }

    static Links links(String slug, Links.Roots roots) {
        return roots.to("guides/" + slug, "guides/guide.xhtml?slug=" + slug);
    }

    private Links.Roots roots() {
        return Links.Roots.of(request, application);
    }
}
