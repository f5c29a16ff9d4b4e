package academy.web.api.catalogue;

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
import academy.catalogue.Audience;
import academy.catalogue.Catalogue;
import academy.catalogue.Catalogue.ModuleFilter;
import academy.catalogue.ModuleVersion;
import academy.shared.PageRequest;
import academy.web.api.Links;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/** The module catalogue: find modules, read one with its lessons, read one lesson. */
@Path("modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.CATALOGUE)
public class ModuleResource {

    static final int DEFAULT_PAGE_SIZE = 20;
    /** The catalogue's own limit for free-text search; a unit test keeps the two in step. */
    static final int MAX_QUERY_LENGTH = 100;

    @Inject
    Catalogue catalogue;

    @Context
    UriInfo request;

    @Context
    ServletContext application;

    @GET
    @Operation(summary = "Find modules",
            description = "Current versions of the modules matching every given filter, ordered by title, one page at "
                    + "a time. A filter for staff or for PPG members also finds the modules written for both.")
    @APIResponse(responseCode = "200", description = "One page of modules",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModuleList.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a value it may not have; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ModuleList find(
            @Parameter(description = "Who the module is written for",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"staff", "ppg", "both"}))
            @QueryParam("audience") String audience,
            @Parameter(description = "The kite-mark area the module serves",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"infrastructure", "staff-culture", "patient-upskilling"}))
            @QueryParam("area") String area,
            @Parameter(description = "Words to find in the title or summary, ignoring case",
                    schema = @Schema(type = SchemaType.STRING, maxLength = MAX_QUERY_LENGTH))
            @QueryParam("q") String text,
            @Parameter(description = "Page number, from 0",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Modules per page",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                            maximum = "" + PageRequest.MAX_PAGE_SIZE, defaultValue = "" + DEFAULT_PAGE_SIZE))
            @QueryParam("size") String size) {
        ModuleFilter filter = new ModuleFilter(
                Parameters.oneOf("audience", audience, Audience.class, Audience::slug),
                Parameters.oneOf("area", area, Area.class, Area::slug),
                Parameters.text("q", text, MAX_QUERY_LENGTH));
        PageRequest pageRequest = Parameters.page(page, size, DEFAULT_PAGE_SIZE);
        return ModuleList.of(catalogue.findModules(filter, pageRequest), roots());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Read a module", description = "The current version of a module with all its lessons in "
            + "order. Of the quiz only the number of questions and the pass mark are given.")
    @APIResponse(responseCode = "200", description = "The module",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModuleDetail.class)))
    @APIResponse(responseCode = "404", description = "No module has this slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ModuleDetail get(
            @Parameter(description = "The module's slug", example = "digital-champion") @PathParam("slug") String slug) {
        ModuleVersion module = catalogue.getModule(slug);
        return ModuleDetail.of(module, catalogue.lessonsOf(module), roots());
    }

    @GET
    @Path("{slug}/lessons/{number}")
    @Operation(summary = "Read one lesson of a module", description = "A lesson of the module's current version.")
    @APIResponse(responseCode = "200", description = "The lesson",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LessonDetail.class)))
    @APIResponse(responseCode = "400", description = "The lesson number is not a whole number from 1",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No module has this slug, or it has no lesson with this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LessonDetail lesson(
            @Parameter(description = "The module's slug", example = "digital-champion") @PathParam("slug") String slug,
            @Parameter(description = "The lesson's number, from 1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @PathParam("number") String number) {
        int lessonNumber = Parameters.integer("number", number, 1, Integer.MAX_VALUE);
        ModuleVersion module = catalogue.getModule(slug);
        return LessonDetail.of(module, catalogue.getLesson(slug, lessonNumber), roots());
    }

    static Links links(String slug, Links.Roots roots) {
        return roots.to("modules/" + slug, "catalogue/module.xhtml?slug=" + slug);
    }

    private Links.Roots roots() {
        return Links.Roots.of(request, application);
    }
}
