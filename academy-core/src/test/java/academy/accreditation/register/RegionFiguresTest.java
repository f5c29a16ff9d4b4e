package academy.accreditation.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import academy.accreditation.application.ApplicationStatus;
import academy.accreditation.register.RegionFigures.AreaMonth;
import academy.accreditation.register.RegionFigures.DecisionTimes;
import academy.accreditation.register.RegionFigures.InFlight;
import academy.accreditation.register.RegionFigures.LevelCount;
import academy.accreditation.register.RegionFigures.MissedCriterion;
import academy.catalogue.Area;

class RegionFiguresTest {

    private static final YearMonth MAY = YearMonth.of(2026, 5);

    private final RegionFigures figures = new RegionFigures(LocalDate.of(2026, 6, 3), 80,
            List.of(new LevelCount(1, "Foundation", 12, 2), new LevelCount(2, "Established", 5, 0)),
            List.of(new MissedCriterion("wifi-survey", "Wifi survey, \"every room\"", Area.INFRASTRUCTURE, 1, 40, 80),
                    new MissedCriterion("formula", "=SUM(A1)", Area.STAFF_CULTURE, 2, 20, 80)),
            List.of(new AreaMonth(MAY, Area.PATIENT_UPSKILLING, 7, 30), new AreaMonth(MAY.plusMonths(1), Area.INFRASTRUCTURE, 3, 4)),
            List.of(new InFlight(ApplicationStatus.SUBMITTED, 4), new InFlight(ApplicationStatus.IN_REVIEW, 2)),
            new DecisionTimes(9, Optional.of(new BigDecimal("21.456")), Optional.of(new BigDecimal("19.04"))));

    @Test
    void totalsAndCoverageAreReadFromTheRows() {
        assertThat(figures.practicesInForce()).isEqualTo(17);
        assertThat(figures.applicationsInFlight()).isEqualTo(6);
        assertThat(figures.months()).containsExactly(MAY, MAY.plusMonths(1));
        assertThat(figures.reached(MAY, Area.PATIENT_UPSKILLING)).isEqualTo(7);
        assertThat(figures.reached(MAY, Area.INFRASTRUCTURE)).isZero();
        assertThat(figures.missed().get(0).percent()).isEqualTo(50);
        assertThat(figures.decisions().averageDays()).contains(new BigDecimal("21.5"));
    }

    @Test
    void theCsvHasOneRowPerFigureQuotedWhereNeededAndNoFormulas() {
        String csv = figures.csv();
        assertThat(csv).startsWith("figure,item,month,value\r\n");
        assertThat(csv).contains("practices holding level,Foundation,,12\r\n", "renewal due,Foundation,,2\r\n",
                "practices missing criterion,\"Wifi survey, \"\"every room\"\"\",,40\r\n",
                "practices missing criterion,'=SUM(A1),,20\r\n",
                "practices with completions,Patient upskilling,2026-05,7\r\n",
                "practices with completions,Technological infrastructure,2026-05,0\r\n",
                "applications in flight,Waiting for an assessor,,4\r\n",
                "average days to decision,,,21.5\r\n", "median days to decision,,,19.0\r\n");
        assertThat(csv.split("\r\n")).hasSize(1 + 2 + 2 * 2 + 2 + 2 * 3 + 2 + 3);
    }

    @Test
    void nothingDecidedLeavesTheDaysEmpty() {
        RegionFigures quiet = new RegionFigures(LocalDate.of(2026, 6, 3), 0, List.of(), List.of(), List.of(), List.of(),
                new DecisionTimes(0, Optional.empty(), Optional.empty()));
        assertThat(quiet.csv()).contains("average days to decision,,,\r\n").doesNotContain("null");
    }
}
