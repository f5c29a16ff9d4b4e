package academy.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import academy.shared.InvalidRequestException;

class UptakeFigureTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private final Practice riverside = PracticeFixtures.practice("Y09001", "Riverside Medical Centre");

    private static UptakeEntry entry(YearMonth month, UptakeMeasure measure, String value) {
        return new UptakeEntry(month, measure, new BigDecimal(value), " EMIS report ", Optional.of("evidence-17"));
    }

    @Test
    void percentagesRunFromZeroToOneHundredWithOneDecimal() {
        UptakeMeasure percent = UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT;
        assertThat(percent.requireValid(new BigDecimal("0"))).isEqualByComparingTo("0");
        assertThat(percent.requireValid(new BigDecimal("100"))).isEqualByComparingTo("100").hasScaleOf(1);
        assertThat(percent.requireValid(new BigDecimal("100.0"))).isEqualByComparingTo("100");
        assertThat(percent.requireValid(new BigDecimal("42.5"))).isEqualByComparingTo("42.5");
        assertThatThrownBy(() -> percent.requireValid(new BigDecimal("100.1"))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> percent.requireValid(new BigDecimal("140"))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> percent.requireValid(new BigDecimal("-0.1"))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> percent.requireValid(new BigDecimal("42.55"))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("one decimal");
    }

    @Test
    void countsAreWholeNumbersUpToOneHundredThousand() {
        UptakeMeasure count = UptakeMeasure.VIDEO_CONSULTATIONS_OFFERED;
        assertThat(count.requireValid(new BigDecimal("0"))).isEqualByComparingTo("0");
        assertThat(count.requireValid(new BigDecimal("140"))).isEqualByComparingTo("140");
        assertThat(count.requireValid(new BigDecimal("100000"))).isEqualByComparingTo("100000");
        assertThatThrownBy(() -> count.requireValid(new BigDecimal("100001"))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> count.requireValid(new BigDecimal("2.5"))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> count.requireValid(new BigDecimal("-1"))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theMonthCannotBeInTheFutureAndTheSourceIsRequired() {
        assertThat(entry(MARCH, UptakeMeasure.APPOINTMENTS_BOOKED_ONLINE_PERCENT, "30").requireValid(MARCH))
                .isEqualByComparingTo("30");
        assertThatThrownBy(() -> entry(MARCH.plusMonths(1), UptakeMeasure.APPOINTMENTS_BOOKED_ONLINE_PERCENT, "30")
                .requireValid(MARCH)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> new UptakeEntry(MARCH, UptakeMeasure.APPOINTMENTS_BOOKED_ONLINE_PERCENT, BigDecimal.ONE,
                "  ", Optional.empty()).requireValid(MARCH)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("where the figure comes from");
    }

    @Test
    void reRecordingAMonthAppendsARevisionAndSupersedesTheOld() {
        UptakeFigure first = UptakeFigure.first(riverside, entry(MARCH, UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT, "40"),
                MARCH, Optional.of(3L), PracticeFixtures.NOW);
        assertThat(first.isLatest()).isTrue();
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.source()).isEqualTo("EMIS report");
        assertThat(first.evidenceReference()).contains("evidence-17");
        UptakeFigure second = first.supersede(entry(MARCH, UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT, "41.5"),
                MARCH, Optional.of(3L), PracticeFixtures.NOW);
        assertThat(first.isLatest()).isFalse();
        assertThat(first.value()).isEqualByComparingTo("40");
        assertThat(second.isLatest()).isTrue();
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.value()).isEqualByComparingTo("41.5");
    }

    @Test
    void anInvalidRevisionLeavesTheOldFigureLatest() {
        UptakeFigure first = UptakeFigure.first(riverside, entry(MARCH, UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT, "40"),
                MARCH, Optional.empty(), PracticeFixtures.NOW);
        assertThatThrownBy(() -> first.supersede(entry(MARCH, UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT, "140"),
                MARCH, Optional.empty(), PracticeFixtures.NOW)).isInstanceOf(InvalidRequestException.class);
        assertThat(first.isLatest()).isTrue();
        assertThatThrownBy(() -> first.supersede(entry(MARCH.minusMonths(1), UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT,
                "40"), MARCH, Optional.empty(), PracticeFixtures.NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
