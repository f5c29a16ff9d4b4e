package academy.web.api.practice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.practice.PracticeAdministration;
import academy.practice.Practices;
import academy.shared.PageRequest;
import academy.web.api.ApiCaller;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/** Every practice in the academy, archived ones included, for administrators. */
@Path("admin/practices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.ADMINISTRATION)
public class AdminPracticeResource {

    static final int DEFAULT_PAGE_SIZE = 20;

    @Inject
    ApiCaller caller;

    @Inject
    PracticeAdministration administration;

    @GET
    @Operation(summary = "Find practices", description = "Practices by name, archived ones included; q matches part "
            + "of the name or the whole ODS code.")
    @APIResponse(responseCode = "200", description = "One page of practices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PracticeList.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a value it may not have; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PracticeList find(
            @Parameter(description = "Part of the name, or the ODS code", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Practices per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_PAGE_SIZE, defaultValue = "" + DEFAULT_PAGE_SIZE))
            @QueryParam("size") String size) {
        var actor = caller.inAnyGroup("admin");
        PageRequest request = Parameters.page(page, size, DEFAULT_PAGE_SIZE);
        return PracticeList.of(administration.findPractices(actor,
                new Practices.Filter(Parameters.text("q", q, 100), true), request));
    }
}
