package academy.learning.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);
    private final ReminderSchedule schedule = new ReminderSchedule(4);

    @Test
    void theStagesFollowTheDueDay() {
        assertThat(schedule.reachedOn(DUE.minusDays(40), DUE)).contains(ReminderStage.ASSIGNED);
        assertThat(schedule.reachedOn(DUE.minusDays(15), DUE)).contains(ReminderStage.ASSIGNED);
        assertThat(schedule.reachedOn(DUE.minusDays(14), DUE)).contains(ReminderStage.DUE_SOON);
        assertThat(schedule.reachedOn(DUE.minusDays(1), DUE)).contains(ReminderStage.DUE_SOON);
        assertThat(schedule.reachedOn(DUE, DUE)).contains(ReminderStage.DUE_TODAY);
        assertThat(schedule.reachedOn(DUE.plusDays(1), DUE)).contains(ReminderStage.overdue(1));
        assertThat(schedule.reachedOn(DUE.plusDays(7), DUE)).contains(ReminderStage.overdue(1));
        assertThat(schedule.reachedOn(DUE.plusDays(8), DUE)).contains(ReminderStage.overdue(2));
        assertThat(schedule.reachedOn(DUE.plusDays(22), DUE)).contains(ReminderStage.overdue(4));
        assertThat(schedule.reachedOn(DUE.plusDays(300), DUE)).as("no more than the limit").contains(ReminderStage.overdue(4));
    }

    @Test
    void onlyTheLatestStageReachedGoesAndOnlyOnce() {
        assertThat(schedule.toSend(DUE.minusDays(20), DUE, -1)).contains(ReminderStage.ASSIGNED);
        assertThat(schedule.toSend(DUE.minusDays(19), DUE, ReminderStage.ASSIGNED.rank())).isEmpty();
        assertThat(schedule.toSend(DUE.minusDays(9), DUE, -1)).as("assigned nine days ahead: one notice")
                .contains(ReminderStage.DUE_SOON);
        assertThat(schedule.toSend(DUE.plusDays(3), DUE, ReminderStage.DUE_SOON.rank()))
                .as("a missed due day is overtaken").contains(ReminderStage.overdue(1));
        assertThat(schedule.toSend(DUE.plusDays(50), DUE, ReminderStage.overdue(4).rank())).isEmpty();
    }

    @Test
    void aLimitOfNoneSendsNoOverdueNotice() {
        ReminderSchedule none = new ReminderSchedule(0);
        assertThat(none.reachedOn(DUE, DUE)).contains(ReminderStage.DUE_TODAY);
        assertThat(none.reachedOn(DUE.plusDays(1), DUE)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> new ReminderSchedule(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stagesAreRankedAndNamed() {
        assertThat(ReminderStage.ASSIGNED.rank()).isZero();
        assertThat(ReminderStage.DUE_TODAY.rank()).isEqualTo(2);
        assertThat(ReminderStage.overdue(1).rank()).isEqualTo(3);
        assertThat(ReminderStage.overdue(3).code()).isEqualTo("OVERDUE_3");
        assertThatThrownBy(() -> new ReminderStage(ReminderStage.Kind.OVERDUE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderStage(ReminderStage.Kind.DUE_SOON, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWalkLooksBackOverTheOverdueNoticesAndAWeekMore() {
        LocalDate today = LocalDate.of(2027, 5, 1);
        assertThat(schedule.oldestDueStillReminded(today)).isEqualTo(today.minusDays(1 + 21 + 7));
    }
}
