package academy.web.api.practice;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.learning.MatrixFilter;
import academy.learning.MatrixSheet;
import academy.learning.TrainingMatrix;
import academy.learning.TrainingStatus;
import academy.practice.JobRole;
import academy.practice.Practice;
import academy.shared.Actor;
import academy.shared.PageRequest;
import academy.web.api.ApiCaller;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/**
 * A practice's training matrix, for its managers and administrators: one page as JSON, or the
 * whole (filtered) matrix as a CSV or Excel download, streamed row by row. A manager of another
 * practice gets 404, so ids are never confirmed.
 */
@Path("practices/{id}/training-matrix")
@RequestScoped
@Tag(ref = RestApplication.PEOPLE)
public class TrainingMatrixResource {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_SEARCH = 100;

    @Inject
    ApiCaller caller;

    @Inject
    TrainingMatrix matrix;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a practice's training matrix", description = "Current staff by name, each with the "
            + "status of every module their job role requires, one page at a time. Filtered, sorted and paged in the "
            + "database. For the practice's managers and administrators.")
    @APIResponse(responseCode = "200", description = "One page of the matrix",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixList.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a value it may not have; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller manages no practice and is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such practice, or the caller does not manage it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MatrixList get(
            @Parameter(description = "The practice's id") @PathParam("id") String id,
            @Parameter(description = "Only staff in this job role (slug)", example = "receptionist") @QueryParam("role") String role,
            @Parameter(description = "Only staff with at least one required module in this status"
                    + " (due-soon: either due-soon band)", example = "overdue") @QueryParam("status") String status,
            @Parameter(description = "Only staff whose name contains this text (any case)") @QueryParam("q") String q,
            @Parameter(description = "true: only staff with assigned training overdue")
            @QueryParam("overdueAssignment") String overdueAssignment,
            @Parameter(description = "Order: name (default) or role") @QueryParam("sort") String sort,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Rows per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_PAGE_SIZE, defaultValue = "" + DEFAULT_PAGE_SIZE))
            @QueryParam("size") String size) {
        Actor actor = caller.inAnyGroup("manager", "admin");
        MatrixFilter filter = filter(role, status, q).withOverdueAssignment(
                Parameters.oneOf("overdueAssignment", overdueAssignment, Flag.class, f -> f.name().toLowerCase(java.util.Locale.ROOT))
                        .orElse(Flag.FALSE) == Flag.TRUE);
        TrainingMatrix.Sort order = Parameters.oneOf("sort", sort, TrainingMatrix.Sort.class, TrainingMatrixResource::sortSlug)
                .orElse(TrainingMatrix.Sort.NAME);
        PageRequest request = Parameters.page(page, size, DEFAULT_PAGE_SIZE);
        return MatrixList.of(matrix.rows(actor, practiceId(id), filter, order, true, request));
    }

    @GET
    @Path("export")
    // No @Produces: the media type depends on the format asked for, whatever the client accepts.
    @Operation(summary = "Download a practice's training matrix", description = "The whole matrix with the same "
            + "filters as the JSON listing, as CSV (UTF-8) or an Excel workbook, streamed. For the practice's "
            + "managers and administrators.")
    @APIResponse(responseCode = "200", description = "The file",
            content = {@Content(mediaType = "text/csv"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    @APIResponse(responseCode = "400", description = "A parameter has a value it may not have; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller manages no practice and is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such practice, or the caller does not manage it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(
            @Parameter(description = "The practice's id") @PathParam("id") String id,
            @Parameter(description = "csv (the default) or xlsx") @QueryParam("format") String format,
            @Parameter(description = "Only staff in this job role (slug)") @QueryParam("role") String role,
            @Parameter(description = "Only staff with at least one required module in this status"
                    + " (due-soon: either due-soon band)") @QueryParam("status") String status,
            @Parameter(description = "Only staff whose name contains this text (any case)") @QueryParam("q") String q) {
        Actor actor = caller.inAnyGroup("manager", "admin");
        MatrixSheet.Format sheetFormat = Parameters.oneOf("format", format == null || format.isBlank() ? "csv" : format,
                MatrixSheet.Format.class, f -> f.extension()).orElseThrow();
        MatrixFilter filter = filter(role, status, q);
        long practiceId = practiceId(id);
        // Checked before the first byte is written, so a refusal is still a proper problem response.
        Practice practice = matrix.practice(actor, practiceId);
        String fileName = "training-matrix-" + practice.odsCode().value() + "-" + LocalDate.now(ZoneOffset.UTC) + "."
                + sheetFormat.extension();
        StreamingOutput body = out -> matrix.export(actor, practiceId, filter, sheetFormat, out);
        return Response.ok(body, sheetFormat.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static MatrixFilter filter(String role, String status, String q) {
        Optional<JobRole> jobRole = Parameters.oneOf("role", role, JobRole.class, JobRole::slug);
        // "due-soon" asks for both due-soon bands, as the matrix page's filter does.
        Set<TrainingStatus> statuses = "due-soon".equals(status) ? TrainingStatus.matching(status)
                : Parameters.oneOf("status", status, TrainingStatus.class, TrainingStatus::slug).map(Set::of).orElse(Set.of());
        return new MatrixFilter(jobRole, statuses, Parameters.text("q", q, MAX_SEARCH));
    }

    /** A true-or-false parameter. */
    private enum Flag {
        TRUE, FALSE
    }

    private static String sortSlug(TrainingMatrix.Sort sort) {
        return sort == TrainingMatrix.Sort.JOB_ROLE ? "role" : "name";
    }

    private static long practiceId(String id) {
        return Parameters.integer("id", id, 1, Integer.MAX_VALUE);
    }
}
