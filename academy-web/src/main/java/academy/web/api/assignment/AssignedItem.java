package academy.web.api.assignment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.learning.assignment.AssignmentView;

/** One person's assigned module. */
@Schema(name = "AssignedTraining", description = "One module assigned to one person, with its due day and status")
@JsonbPropertyOrder({"id", "assignmentId", "personId", "person", "module", "title", "dueOn", "mandatory", "refresher",
        "regionWide", "assignedBy", "assignedAt", "status", "daysOverdue", "completedAt"})
public record AssignedItem(
        long id,
        long assignmentId,
        long personId,
        String person,
        @Schema(example = "data-security-and-protection") String module,
        String title,
        @Schema(description = "The last day it is due on (UK time)", example = "2026-12-31") LocalDate dueOn,
        boolean mandatory,
        @Schema(description = "Assigned by the academy before a completion expires") boolean refresher,
        @Schema(description = "Set by an administrator for every practice") boolean regionWide,
        @Schema(description = "Who assigned it", example = "Priya Patel") String assignedBy,
        Instant assignedAt,
        @Schema(description = "assigned, due-soon, overdue, fulfilled, fulfilled-late or ended") String status,
        @Schema(description = "Whole days past the due day; 0 unless overdue") long daysOverdue,
        @Schema(nullable = true, description = "When the completion that fulfils it was made") Instant completedAt) {

    static AssignedItem of(AssignmentView view) {
        return new AssignedItem(view.id(), view.assignmentId(), view.personId(), view.personName(), view.moduleSlug(),
                view.moduleTitle(), view.dueOn(), view.mandatory(), view.refresher(), view.regionWide(), view.assignedBy(),
                view.assignedAt(), view.status().slug(), view.daysOverdue(), view.completedAt().orElse(null));
    }
}
