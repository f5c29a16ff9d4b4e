package academy.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class AcademyCalendarTest {

    @Test
    void anInstantLateOnTheLastDayOfMarchInUtcIsAlreadyAprilInLondon() {
        // British Summer Time began on 29 March 2026: 23:30 UTC is 00:30 the next day in London.
        Instant lateEvening = Instant.parse("2026-03-31T23:30:00Z");

        assertThat(AcademyCalendar.dayOf(lateEvening)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(AcademyCalendar.day(lateEvening)).isEqualTo("1 April 2026");
        assertThat(AcademyCalendar.dayAtTime(lateEvening)).isEqualTo("1 April 2026 at 00:30");
    }

    @Test
    void inWinterLondonKeepsUtcsDay() {
        Instant lateEvening = Instant.parse("2026-12-07T23:30:00Z");

        assertThat(AcademyCalendar.day(lateEvening)).isEqualTo("7 December 2026");
        assertThat(AcademyCalendar.stamp(lateEvening)).isEqualTo("7 Dec 2026, 23:30:00");
    }

    @Test
    void aDayBeginsAtMidnightInLondon() {
        assertThat(AcademyCalendar.startOf(LocalDate.of(2026, 7, 1))).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(AcademyCalendar.startOf(LocalDate.of(2026, 12, 1))).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void daysAndMonthsAreWrittenInWords() {
        assertThat(AcademyCalendar.day(LocalDate.of(2026, 12, 7))).isEqualTo("7 December 2026");
        assertThat(AcademyCalendar.month(YearMonth.of(2026, 11))).isEqualTo("November 2026");
        assertThat(AcademyCalendar.shortMonth(YearMonth.of(2026, 11))).isEqualTo("Nov 2026");
    }
}
