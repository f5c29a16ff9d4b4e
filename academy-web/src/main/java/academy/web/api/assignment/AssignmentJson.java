package academy.web.api.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.learning.assignment.Assignment;
import academy.learning.assignment.Assignments;
import academy.practice.JobRole;
import academy.shared.Page;

/** An assignment: whom, what, by when, mandatory, by whom, and how many open rows it has in the practice. */
@Schema(name = "Assignment")
@JsonbPropertyOrder({"id", "regionWide", "target", "personId", "role", "module", "path", "title", "dueKind", "dueOn",
        "dueWithinDays", "mandatory", "refresher", "assignedBy", "assignedAt", "withdrawnAt", "open"})
public record AssignmentJson(
        long id,
        boolean regionWide,
        @Schema(description = "person, role or everyone") String target,
        @Schema(nullable = true) Long personId,
        @Schema(nullable = true, example = "receptionist") String role,
        @Schema(nullable = true, example = "data-security-and-protection") String module,
        @Schema(nullable = true) String path,
        String title,
        @Schema(description = "on-date, after-assignment or after-joining") String dueKind,
        @Schema(nullable = true) LocalDate dueOn,
        @Schema(nullable = true) Integer dueWithinDays,
        boolean mandatory,
        boolean refresher,
        String assignedBy,
        Instant assignedAt,
        @Schema(nullable = true) Instant withdrawnAt,
        @Schema(description = "Rows (person and module) still open in this practice") long open) {

    static AssignmentJson of(Assignments.Summary summary) {
        Assignment a = summary.assignment();
        return new AssignmentJson(a.id(), a.isRegionWide(), a.target().name().toLowerCase(java.util.Locale.ROOT),
                a.targetPerson().map(p -> p.id()).orElse(null), a.targetRole().map(JobRole::slug).orElse(null),
                a.module().map(m -> m.slug()).orElse(null), a.path().map(p -> p.slug()).orElse(null), summary.title(),
                a.dueRule().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), a.dueRule().date().orElse(null),
                a.dueRule().days().orElse(null), a.isMandatory(), a.isRefresher(), a.assignedByName(), a.assignedAt(),
                a.withdrawnAt().orElse(null), summary.open());
    }

    /** One page of assignments. */
    @Schema(name = "AssignmentList")
    @JsonbPropertyOrder({"items", "page", "size", "total", "pageCount"})
    public record Listing(List<AssignmentJson> items, int page, int size, long total, int pageCount) {

        static Listing of(Page<Assignments.Summary> page) {
            return new Listing(page.items().stream().map(AssignmentJson::of).toList(), page.pageNumber(), page.pageSize(),
                    page.total(), page.pageCount());
        }
    }
}
