package academy.accreditation.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RenewalRemindersTest {

    private static final LocalDate LAST_DAY = LocalDate.parse("2028-11-19");
    private final RenewalReminders reminders = new RenewalReminders(90);

    @Test
    void theScheduleIsTheWindowsOpeningThenThirtyDaysBefore() {
        assertThat(reminders.schedule()).containsExactly(90, 30);
        assertThat(new RenewalReminders(20).schedule()).containsExactly(20);
        assertThat(new RenewalReminders(30).schedule()).containsExactly(30);
        assertThat(new RenewalReminders(0).schedule()).isEmpty();
    }

    @Test
    void theFirstReminderGoesOnTheDayTheWindowOpensNotTheDayBefore() {
        assertThat(reminders.dueOn(LAST_DAY.minusDays(91), LAST_DAY, List.of())).isEmpty();
        assertThat(reminders.dueOn(LAST_DAY.minusDays(90), LAST_DAY, List.of())).contains(90);
        assertThat(reminders.dueOn(LAST_DAY.minusDays(90), LAST_DAY, List.of(90))).isEmpty();
        assertThat(reminders.dueOn(LAST_DAY.minusDays(31), LAST_DAY, List.of(90))).isEmpty();
    }

    @Test
    void theSecondGoesThirtyDaysBeforeTheLastValidDay() {
        assertThat(reminders.dueOn(LAST_DAY.minusDays(30), LAST_DAY, List.of(90))).contains(30);
        assertThat(reminders.dueOn(LAST_DAY.minusDays(29), LAST_DAY, List.of(90, 30))).isEmpty();
        assertThat(reminders.dueOn(LAST_DAY, LAST_DAY, List.of(90))).contains(30);
    }

    @Test
    void missedNightsSendOnlyTheLatestReminderAndCountTheEarlierAsPassed() {
        assertThat(reminders.dueOn(LAST_DAY.minusDays(10), LAST_DAY, List.of())).isEqualTo(Optional.of(30));
        assertThat(reminders.passedWith(30)).containsExactly(90, 30);
        assertThat(reminders.passedWith(90)).containsExactly(90);
    }

    @Test
    void nothingGoesAfterTheLastValidDay() {
        assertThat(reminders.dueOn(LAST_DAY.plusDays(1), LAST_DAY, List.of())).isEmpty();
    }
}
