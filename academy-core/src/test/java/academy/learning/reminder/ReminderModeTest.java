package academy.learning.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;

class ReminderModeTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @Test
    void mandatoryOverdueNoticesAlwaysGo() {
        for (ReminderMode mode : ReminderMode.values()) {
            assertThat(mode.sends(ReminderStage.overdue(2), true, TUESDAY)).as(mode.name()).isTrue();
        }
    }

    @Test
    void aWeeklyDigestWaitsForMondayAndUnsubscribingStopsTheRest() {
        assertThat(ReminderMode.EACH.sends(ReminderStage.DUE_SOON, false, TUESDAY)).isTrue();
        assertThat(ReminderMode.WEEKLY.sends(ReminderStage.DUE_SOON, true, TUESDAY)).isFalse();
        assertThat(ReminderMode.WEEKLY.sends(ReminderStage.overdue(1), false, TUESDAY)).isFalse();
        assertThat(ReminderMode.WEEKLY.sends(ReminderStage.overdue(1), false, MONDAY)).isTrue();
        assertThat(ReminderMode.MANDATORY_OVERDUE_ONLY.sends(ReminderStage.overdue(1), false, MONDAY)).isFalse();
        assertThat(ReminderMode.MANDATORY_OVERDUE_ONLY.sends(ReminderStage.DUE_TODAY, true, MONDAY)).isFalse();
    }
}
