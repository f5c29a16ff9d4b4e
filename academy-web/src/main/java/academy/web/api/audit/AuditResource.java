package academy.web.api.audit;

import java.util.Optional;

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

import academy.audit.AuditFilter;
import academy.audit.AuditTrail;
import academy.shared.PageRequest;
import academy.web.api.ApiCaller;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/** The audit trail, read-only, for administrators. */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.ADMINISTRATION)
public class AuditResource {

    static final int DEFAULT_PAGE_SIZE = 50;

    @Inject
    ApiCaller caller;

    @Inject
    AuditTrail audit;

    @GET
    @Operation(summary = "Read the audit trail", description = "Entries newest first; action narrows to actions "
            + "starting with it (e.g. membership. or signin.failed).")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditList.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a value it may not have",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AuditList find(
            @Parameter(description = "Start of the action name", schema = @Schema(type = SchemaType.STRING, maxLength = 64))
            @QueryParam("action") String action,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Entries per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_PAGE_SIZE, defaultValue = "" + DEFAULT_PAGE_SIZE))
            @QueryParam("size") String size) {
        var actor = caller.inAnyGroup("admin");
        PageRequest request = Parameters.page(page, size, DEFAULT_PAGE_SIZE);
        AuditFilter filter = new AuditFilter(Parameters.text("action", action, 64), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        return AuditList.of(audit.find(actor, filter, request));
    }
}
