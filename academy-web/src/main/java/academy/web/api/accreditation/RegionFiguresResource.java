package academy.web.api.accreditation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.accreditation.register.RegionFigures;
import academy.accreditation.register.RegionReport;
import academy.web.api.ApiCaller;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/** The region's kite-mark figures as CSV, for administrators (the dashboard's export). */
@Path("admin/accreditation/figures.csv")
@RequestScoped
@Tag(ref = RestApplication.ACCREDITATION)
public class RegionFiguresResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    ApiCaller caller;

    @Inject
    RegionReport report;

    @GET
    // No @Produces: the answer is CSV whatever the client accepts (a browser's link sends text/html first).
    @Operation(summary = "Download the region's kite-mark figures", description = "Practices by level in force, the "
            + "criteria most often missed, practices with completions per area and month, applications in flight and "
            + "days to decision: one row per figure (figure, item, month, value).")
    @APIResponse(responseCode = "200", description = "The figures as CSV", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response csv() {
        var actor = caller.inAnyGroup("admin");
        RegionFigures figures = report.figures(actor);
        return Response.ok(figures.csv(), CSV)
                .header("Content-Disposition", "attachment; filename=\"kite-mark-figures-" + figures.today() + ".csv\"")
                .build();
    }
}
