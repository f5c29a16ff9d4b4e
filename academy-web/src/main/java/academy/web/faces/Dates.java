package academy.web.faces;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import academy.shared.time.AcademyCalendar;

/**
 * The academy's calendar ({@link AcademyCalendar}) for the pages: {@code #{dates.day(…)}} "7 December
 * 2026", {@code #{dates.month(…)}} "November 2026", {@code #{dates.dayAndTime(…)}} "7 December 2026,
 * 14:05", all in UK time. Each takes whatever a page holds (an instant, an optional one, a day, a
 * month) and shows "–" when there is none.
 */
@Named
@ApplicationScoped
public class Dates {

    /** An {@link Instant}, an {@code Optional} of one, or a {@link LocalDate} as a day; "–" when there is none. */
    public String day(Object when) {
        Object value = unwrap(when);
        if (value instanceof LocalDate date) {
            return AcademyCalendar.day(date);
        }
        if (value instanceof Instant instant) {
            return AcademyCalendar.day(instant);
        }
        return "–";
    }

    /** A {@link YearMonth}, {@link LocalDate} or {@link Instant} (or an {@code Optional} of one) as "November 2026". */
    public String month(Object when) {
        Object value = unwrap(when);
        if (value instanceof YearMonth month) {
            return AcademyCalendar.month(month);
        }
        if (value instanceof LocalDate date) {
            return AcademyCalendar.month(YearMonth.from(date));
        }
        if (value instanceof Instant instant) {
            return AcademyCalendar.month(instant);
        }
        return "–";
    }

    /** An instant (or an {@code Optional} of one) as "7 December 2026, 14:05", UK time. */
    public String dayAndTime(Object when) {
        return unwrap(when) instanceof Instant instant ? AcademyCalendar.dayAndTime(instant) : "–";
    }

    /** To the second, "7 Dec 2026, 14:05:09", UK time: where the order of events matters (the audit trail). */
    public String stamp(Object when) {
        return unwrap(when) instanceof Instant instant ? AcademyCalendar.stamp(instant) : "–";
    }

    private static Object unwrap(Object when) {
        return when instanceof Optional<?> optional ? optional.orElse(null) : when;
    }
}
