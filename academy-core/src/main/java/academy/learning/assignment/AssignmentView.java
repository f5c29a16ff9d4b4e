package academy.learning.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One person's assigned module as pages and the API show it: what, by when, from whom, mandatory,
 * and where it stands.
 *
 * @param daysOverdue   whole days past the due day (0 unless overdue)
 * @param completedAt   the latest completion that fulfils it, if any
 */
public record AssignmentView(long id, long assignmentId, long personId, String personName, String moduleSlug,
                             String moduleTitle, LocalDate dueOn, boolean mandatory, boolean refresher, boolean regionWide,
                             String assignedBy, Instant assignedAt, AssignmentStatus status, long daysOverdue,
                             Optional<Instant> completedAt) {
}
