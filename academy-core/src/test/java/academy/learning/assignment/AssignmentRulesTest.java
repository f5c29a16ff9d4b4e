package academy.learning.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import academy.shared.InvalidRequestException;
import academy.shared.time.AcademyCalendar;

class AssignmentRulesTest {

    static final LocalDate DUE = LocalDate.of(2026, 7, 10);

    static Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), AcademyCalendar.ZONE).toInstant();
    }

    @Test
    void aFixedDayIsTheDueDayAndReachesNoNewcomerOnceItHasPassed() {
        DueRule rule = DueRule.on(DUE);
        assertThat(rule.dueFor(DUE.minusDays(5), DUE.minusYears(3))).contains(DUE);
        assertThat(rule.dueFor(DUE, DUE)).contains(DUE);
        assertThat(rule.dueFor(DUE.plusDays(1), DUE.plusDays(1))).isEmpty();
    }

    @Test
    void withinDaysOfAssignmentCountsFromTheDayThePersonGotIt() {
        assertThat(DueRule.withinDaysOfAssignment(30).dueFor(DUE, DUE.minusYears(2))).contains(DUE.plusDays(30));
    }

    @Test
    void withinDaysOfJoiningCountsFromJoiningButNeverBeforeTheDayItWasAssigned() {
        DueRule rule = DueRule.withinDaysOfJoining(30);
        assertThat(rule.dueFor(DUE, DUE.minusDays(10))).contains(DUE.plusDays(20));
        assertThat(rule.dueFor(DUE, DUE.minusYears(2))).as("joined long ago").contains(DUE);
        assertThat(rule.dueFor(DUE, DUE)).as("a newcomer").contains(DUE.plusDays(30));
    }

    @Test
    void badDueRulesAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> DueRule.on(DUE).requireNotPast(DUE.plusDays(1)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("The due date must be today or in the future.");
        assertThat(DueRule.on(DUE).requireNotPast(DUE)).isEqualTo(DueRule.on(DUE));
        assertThatThrownBy(() -> DueRule.withinDaysOfAssignment(0)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("from 1 to 3650");
        assertThatThrownBy(() -> new DueRule(DueKind.ON_DATE, Optional.empty(), Optional.of(3)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("Enter the date the training is due.");
        assertThatThrownBy(() -> new DueRule(DueKind.AFTER_JOINING, Optional.of(DUE), Optional.empty()))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void openAssignmentsAreAssignedDueSoonOrOverdueByTheUkDay() {
        assertThat(AssignmentRules.status(DUE, false, Optional.empty(), at(DUE.minusDays(15), 12))).isEqualTo(AssignmentStatus.ASSIGNED);
        assertThat(AssignmentRules.status(DUE, false, Optional.empty(), at(DUE.minusDays(14), 12))).isEqualTo(AssignmentStatus.DUE_SOON);
        assertThat(AssignmentRules.status(DUE, false, Optional.empty(), at(DUE, 23))).as("late on the due day")
                .isEqualTo(AssignmentStatus.DUE_SOON);
        assertThat(AssignmentRules.status(DUE, false, Optional.empty(), at(DUE.plusDays(1), 0))).isEqualTo(AssignmentStatus.OVERDUE);
        assertThat(AssignmentRules.daysOverdue(DUE, at(DUE.plusDays(9), 8))).isEqualTo(9);
        assertThat(AssignmentRules.daysOverdue(DUE, at(DUE, 8))).isZero();
    }

    @Test
    void aCompletionValidThroughTheDueDayFulfilsItOnTimeOrLate() {
        Optional<AssignmentRules.Done> early = Optional.of(new AssignmentRules.Done(at(DUE.minusMonths(3), 9),
                Optional.of(at(DUE.plusMonths(9), 9))));
        assertThat(AssignmentRules.status(DUE, false, early, at(DUE.plusDays(30), 9))).isEqualTo(AssignmentStatus.FULFILLED);
        Optional<AssignmentRules.Done> onTheDay = Optional.of(new AssignmentRules.Done(at(DUE, 23), Optional.empty()));
        assertThat(AssignmentRules.status(DUE, false, onTheDay, at(DUE.plusDays(1), 9))).isEqualTo(AssignmentStatus.FULFILLED);
        Optional<AssignmentRules.Done> late = Optional.of(new AssignmentRules.Done(at(DUE.plusDays(2), 9), Optional.empty()));
        assertThat(AssignmentRules.status(DUE, false, late, at(DUE.plusDays(3), 9))).isEqualTo(AssignmentStatus.FULFILLED_LATE);
    }

    @Test
    void theCompletionARefresherIsForDoesNotFulfilIt() {
        // Expires during the due day: a refresher is due on the expiry day.
        Optional<AssignmentRules.Done> expiring = Optional.of(new AssignmentRules.Done(at(DUE.minusYears(1), 10),
                Optional.of(at(DUE, 10))));
        assertThat(AssignmentRules.status(DUE, false, expiring, at(DUE.minusDays(60), 9))).isEqualTo(AssignmentStatus.ASSIGNED);
        assertThat(AssignmentRules.status(DUE, false, expiring, at(DUE.plusDays(1), 9))).isEqualTo(AssignmentStatus.OVERDUE);
    }

    @Test
    void endedAssignmentsAreEndedUnlessTheyWereFulfilled() {
        assertThat(AssignmentRules.status(DUE, true, Optional.empty(), at(DUE.plusDays(3), 9))).isEqualTo(AssignmentStatus.ENDED);
        Optional<AssignmentRules.Done> done = Optional.of(new AssignmentRules.Done(at(DUE.minusDays(3), 9), Optional.empty()));
        assertThat(AssignmentRules.status(DUE, true, done, at(DUE.plusDays(3), 9))).isEqualTo(AssignmentStatus.FULFILLED);
    }
}
