package academy.web.api.practice;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.learning.Completion;
import academy.learning.MatrixRow;
import academy.learning.ModuleStatus;
import academy.shared.Page;

/** One page of a practice's training matrix: staff and the status of each module their job role requires. */
@Schema(name = "TrainingMatrix")
@JsonbPropertyOrder({"items", "page", "size", "total", "pageCount"})
public record MatrixList(List<Row> items, int page, int size, long total, int pageCount) {

    /** One member of staff. */
    @Schema(name = "TrainingMatrixRow")
    @JsonbPropertyOrder({"membershipId", "personId", "name", "jobRole", "modules"})
    public record Row(long membershipId, long personId, String name,
                      @Schema(description = "Job role slug", example = "receptionist") String jobRole,
                      List<Cell> modules) {
    }

    /** One required module of one person. */
    @Schema(name = "TrainingMatrixCell")
    @JsonbPropertyOrder({"module", "title", "status", "statusLabel", "completedAt", "expiresAt"})
    public record Cell(
            @Schema(description = "Module slug", example = "data-security-and-protection") String module,
            String title,
            @Schema(description = "complete, due-soon-60, due-soon-30, overdue, refresh-needed, in-progress or not-started",
                    example = "due-soon-30") String status,
            @Schema(description = "The status in words", example = "Due within 30 days") String statusLabel,
            @Schema(description = "The latest completion, if any") Instant completedAt,
            @Schema(description = "When the latest completion expires, if it does") Instant expiresAt) {

        static Cell of(ModuleStatus status) {
            return new Cell(status.module().slug(), status.module().title(), status.status().slug(), status.status().label(),
                    status.latest().map(Completion::completedAt).orElse(null),
                    status.latest().flatMap(Completion::expiresAt).orElse(null));
        }
    }

    static MatrixList of(Page<MatrixRow> page) {
        return new MatrixList(page.items().stream().map(row -> new Row(row.membership().id(), row.membership().person().id(),
                        row.membership().person().displayName(), row.membership().jobRole().slug(),
                        row.cells().stream().map(Cell::of).toList())).toList(),
                page.pageNumber(), page.pageSize(), page.total(), page.pageCount());
    }
}
