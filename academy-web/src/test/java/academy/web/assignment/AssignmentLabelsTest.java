package academy.web.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import academy.learning.assignment.AssignmentStatus;
import academy.learning.assignment.AssignmentView;
import academy.web.nhsuk.Status;

class AssignmentLabelsTest {

    private final AssignmentLabels labels = new AssignmentLabels();

    private static AssignmentView view(AssignmentStatus status, long daysOverdue) {
        return new AssignmentView(1, 2, 3, "Lou Learner", "data-security-and-protection", "Data security and protection",
                LocalDate.of(2026, 12, 7), true, false, false, "Ada Assigner", Instant.parse("2026-11-01T09:00:00Z"), status,
                daysOverdue, status.isFulfilled() ? Optional.of(Instant.parse("2026-12-02T10:00:00Z")) : Optional.empty());
    }

    @Test
    void everyStatusIsDrawnWithTheOneStatusVocabulary() {
        for (AssignmentStatus status : AssignmentStatus.values()) {
            assertThat(Status.find(labels.statusKey(status))).as(status.name()).isPresent();
        }
        assertThat(labels.statusKey(AssignmentStatus.OVERDUE)).isEqualTo("overdue");
        assertThat(labels.statusKey(AssignmentStatus.FULFILLED_LATE)).isEqualTo("complete");
    }

    @Test
    void theDueTextSaysByWhenHowLateOrWhenItWasDone() {
        assertThat(labels.dueText(view(AssignmentStatus.DUE_SOON, 0))).isEqualTo("Due 7 December 2026");
        assertThat(labels.dueText(view(AssignmentStatus.OVERDUE, 1))).isEqualTo("Overdue by 1 day (due 7 December 2026)");
        assertThat(labels.dueText(view(AssignmentStatus.OVERDUE, 12))).isEqualTo("Overdue by 12 days (due 7 December 2026)");
        assertThat(labels.dueText(view(AssignmentStatus.FULFILLED, 0))).isEqualTo("Done 2 December 2026 (due 7 December 2026)");
        assertThat(labels.dueText(view(AssignmentStatus.FULFILLED_LATE, 0))).startsWith("Done late, 2 December 2026");
    }

    @Test
    void rolesReadAsPartOfASentence() {
        assertThat(AssignmentLabels.inSentence("Receptionist")).isEqualTo("receptionist");
        assertThat(AssignmentLabels.inSentence("GP")).isEqualTo("GP");
        assertThat(AssignmentLabels.inSentence("PPG member")).isEqualTo("PPG member");
    }
}
