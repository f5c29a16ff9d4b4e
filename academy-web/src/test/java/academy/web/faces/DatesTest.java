package academy.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DatesTest {

    private final Dates dates = new Dates();

    @Test
    void daysMonthsAndTimesInWordsInUkTime() {
        Instant summerNight = Instant.parse("2026-07-31T23:30:00Z");
        assertThat(dates.day(summerNight)).isEqualTo("1 August 2026");
        assertThat(dates.day(LocalDate.of(2026, 12, 7))).isEqualTo("7 December 2026");
        assertThat(dates.day(Optional.of(Instant.parse("2026-12-07T14:05:00Z")))).isEqualTo("7 December 2026");
        assertThat(dates.month(YearMonth.of(2026, 11))).isEqualTo("November 2026");
        assertThat(dates.month(LocalDate.of(2026, 11, 30))).isEqualTo("November 2026");
        assertThat(dates.month(summerNight)).isEqualTo("August 2026");
        assertThat(dates.dayAndTime(Instant.parse("2026-12-07T14:05:09Z"))).isEqualTo("7 December 2026, 14:05");
        assertThat(dates.dayAndTime(summerNight)).isEqualTo("1 August 2026, 00:30");
        assertThat(dates.stamp(Instant.parse("2026-12-07T14:05:09Z"))).isEqualTo("7 Dec 2026, 14:05:09");
    }

    @Test
    void nothingIsADash() {
        assertThat(dates.day(null)).isEqualTo("–");
        assertThat(dates.day(Optional.empty())).isEqualTo("–");
        assertThat(dates.month("2026-11")).isEqualTo("–");
        assertThat(dates.dayAndTime(LocalDate.of(2026, 1, 1))).isEqualTo("–");
    }
}
