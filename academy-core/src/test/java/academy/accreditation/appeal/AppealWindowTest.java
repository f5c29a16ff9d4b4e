package academy.accreditation.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AppealWindowTest {

    @Test
    void anAppealIsHeardUpToTheThirtiethDayAfterTheDecisionInclusive() {
        Instant decided = Instant.parse("2026-03-01T23:30:00Z");

        assertThat(AppealWindow.lastDay(decided)).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(AppealWindow.isOpen(decided, LocalDate.parse("2026-03-01"))).isTrue();
        assertThat(AppealWindow.isOpen(decided, LocalDate.parse("2026-03-31"))).isTrue();
        assertThat(AppealWindow.isOpen(decided, LocalDate.parse("2026-04-01"))).isFalse();
    }
}
