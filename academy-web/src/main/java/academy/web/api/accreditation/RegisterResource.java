package academy.web.api.accreditation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import academy.accreditation.register.Register;
import academy.accreditation.register.RegisterSearch;
import academy.shared.PageRequest;
import academy.web.api.Links;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/** The public register of accredited digital practices: no sign-in. */
@Path("register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.ACCREDITATION)
public class RegisterResource {

    static final int DEFAULT_PAGE_SIZE = 25;
    static final int MAX_TEXT = 100;

    @Inject
    Register register;

    @Context
    UriInfo request;

    @Context
    ServletContext application;

    @GET
    @Operation(summary = "Search the register of accredited practices", description = "Practices whose kite mark is in "
            + "force today (current or due for renewal), by name; never lapsed, revoked or superseded kite marks. Public.")
    @APIResponse(responseCode = "200", description = "One page of accredited practices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterList.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a value it may not have",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegisterList search(
            @Parameter(description = "Part of the practice's name, or the start of its ODS code",
                    schema = @Schema(type = SchemaType.STRING, maxLength = MAX_TEXT)) @QueryParam("q") String text,
            @Parameter(description = "Part of the practice's town or area",
                    schema = @Schema(type = SchemaType.STRING, maxLength = MAX_TEXT)) @QueryParam("locality") String locality,
            @Parameter(description = "A level's id in the scheme, e.g. foundation",
                    schema = @Schema(type = SchemaType.STRING, maxLength = MAX_TEXT)) @QueryParam("level") String level,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Practices per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_PAGE_SIZE, defaultValue = "" + DEFAULT_PAGE_SIZE))
            @QueryParam("size") String size) {
        PageRequest request = Parameters.page(page, size, DEFAULT_PAGE_SIZE);
        RegisterSearch search = new RegisterSearch(Parameters.text("q", text, MAX_TEXT),
                Parameters.text("locality", locality, MAX_TEXT), Parameters.text("level", level, MAX_TEXT));
        return RegisterList.of(register.search(search, request), Links.Roots.of(this.request, application));
    }
}
