package academy.accreditation.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import academy.accreditation.application.ApplicationStatus;
import academy.catalogue.Area;

/**
 * The region's kite-mark figures on a day, as the administrators' dashboard shows them and the CSV
 * export writes them. Every figure is an aggregate: no practice is named.
 *
 * @param activePractices practices taking part (not archived)
 * @param levels          practices holding each level in force, lowest level first
 * @param missed          the criteria practices most often miss today, most missed first
 * @param coverage        per month and area: practices with at least one completion of the area's modules
 * @param inFlight        applications with the assessors, by status
 * @param decisions       how long applications decided in the last 12 months waited for the decision
 */
public record RegionFigures(LocalDate today, long activePractices, List<LevelCount> levels, List<MissedCriterion> missed,
                            List<AreaMonth> coverage, List<InFlight> inFlight, DecisionTimes decisions) {

    public RegionFigures {
        Objects.requireNonNull(today, "today");
        levels = List.copyOf(levels);
        missed = List.copyOf(missed);
        coverage = List.copyOf(coverage);
        inFlight = List.copyOf(inFlight);
        Objects.requireNonNull(decisions, "decisions");
    }

    /** @param renewalDue how many of them are inside the renewal window */
    public record LevelCount(int rank, String title, long practices, long renewalDue) {
    }

    /** @param practices how many active practices miss it (not met, or no evidence given yet) */
    public record MissedCriterion(String slug, String title, Area area, int levelRank, long practices, long of) {
        public int percent() {
            return of == 0 ? 0 : (int) (practices * 100 / of);
        }
    }

    /** @param practices how many practices completed at least one module of the area in the month */
    public record AreaMonth(YearMonth month, Area area, long practices, long completions) {
    }

    public record InFlight(ApplicationStatus status, long applications) {
    }

    /** Days from submission to decision; empty when nothing was decided. */
    public record DecisionTimes(long decided, Optional<BigDecimal> averageDays, Optional<BigDecimal> medianDays) {
        public DecisionTimes {
            averageDays = averageDays.map(d -> d.setScale(1, RoundingMode.HALF_UP));
            medianDays = medianDays.map(d -> d.setScale(1, RoundingMode.HALF_UP));
        }
    }

    public long practicesInForce() {
        return levels.stream().mapToLong(LevelCount::practices).sum();
    }

    public long applicationsInFlight() {
        return inFlight.stream().mapToLong(InFlight::applications).sum();
    }

    /** The months the coverage covers, oldest first. */
    public List<YearMonth> months() {
        return coverage.stream().map(AreaMonth::month).distinct().sorted().toList();
    }

    /** Practices reached in a month and area; 0 when none. */
    public long reached(YearMonth month, Area area) {
        return coverage.stream().filter(c -> c.month().equals(month) && c.area() == area).mapToLong(AreaMonth::practices)
                .findFirst().orElse(0);
    }

    /**
     * The figures as CSV (RFC 4180): one row per figure, in long form so that every section has the
     * same four columns: figure, item, month, value.
     */
    public String csv() {
        StringBuilder out = new StringBuilder("figure,item,month,value\r\n");
        row(out, "day", "", "", today.toString());
        row(out, "active practices", "", "", String.valueOf(activePractices));
        for (LevelCount level : levels) {
            row(out, "practices holding level", level.title(), "", String.valueOf(level.practices()));
            row(out, "renewal due", level.title(), "", String.valueOf(level.renewalDue()));
        }
        for (MissedCriterion criterion : missed) {
            row(out, "practices missing criterion", criterion.title(), "", String.valueOf(criterion.practices()));
        }
        for (YearMonth month : months()) {
            for (Area area : Area.values()) {
                row(out, "practices with completions", area.label(), month.toString(), String.valueOf(reached(month, area)));
            }
        }
        for (InFlight status : inFlight) {
            row(out, "applications in flight", status.status().label(), "", String.valueOf(status.applications()));
        }
        row(out, "applications decided in 12 months", "", "", String.valueOf(decisions.decided()));
        row(out, "average days to decision", "", "", decisions.averageDays().map(BigDecimal::toPlainString).orElse(""));
        row(out, "median days to decision", "", "", decisions.medianDays().map(BigDecimal::toPlainString).orElse(""));
        return out.toString();
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    // Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs a title as a formula.
    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+") ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
