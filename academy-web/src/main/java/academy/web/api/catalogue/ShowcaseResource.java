package academy.web.api.catalogue;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import academy.catalogue.Area;
import academy.catalogue.Catalogue;
import academy.web.api.Links;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/** Best-practice showcases from practices, optionally narrowed to one kite-mark area. */
@Path("showcases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.CATALOGUE)
public class ShowcaseResource {

    @Inject
    Catalogue catalogue;

    @Context
    UriInfo request;

    @Context
    ServletContext application;

    @GET
    @Operation(summary = "List showcases", description = "Every published showcase, ordered by title.")
    @APIResponse(responseCode = "200", description = "The showcases", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ShowcaseSummary.class)))
    @APIResponse(responseCode = "400", description = "The area is not one of the kite-mark areas",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ShowcaseSummary> list(
            @Parameter(description = "Only showcases serving this kite-mark area",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"infrastructure", "staff-culture", "patient-upskilling"}))
            @QueryParam("area") String area) {
        Links.Roots roots = roots();
        return catalogue.showcases(Parameters.oneOf("area", area, Area.class, Area::slug)).stream()
                .map(showcase -> ShowcaseSummary.of(showcase, roots)).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Read a showcase", description = "One showcase with its story.")
    @APIResponse(responseCode = "200", description = "The showcase", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShowcaseDetail.class)))
    @APIResponse(responseCode = "404", description = "No published showcase has this slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ShowcaseDetail get(@Parameter(description = "The showcase's slug") @PathParam("slug") String slug) {
        return ShowcaseDetail.of(catalogue.getShowcase(slug), roots());
    }

    static Links links(String slug, Links.Roots roots) {
        return roots.to("showcases/" + slug, "showcases/showcase.xhtml?slug=" + slug);
    }

    private Links.Roots roots() {
        return Links.Roots.of(request, application);
    }
}
