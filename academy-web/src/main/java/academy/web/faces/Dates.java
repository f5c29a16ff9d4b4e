package academy.web.faces;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import academy.shared.time.AcademyCalendar;

/**
 * The academy's calendar ({@link AcademyCalendar}) for the pages: {@code #{dates.day(…)}} takes
 * whatever a page holds (an instant, an optional one, a day) and shows "–" when there is none.
 */
@Named
@ApplicationScoped
public class Dates {

    /** An {@link Instant}, an {@code Optional<Instant>} or a {@link java.time.LocalDate} as a day; "–" when there is none. */
    public String day(Object when) {
        if (when instanceof LocalDate date) {
            return AcademyCalendar.day(date);
        }
        return instant(when).map(AcademyCalendar::day).orElse("–");
    }

    public String dayAndTime(Object when) {
        return instant(when).map(AcademyCalendar::stamp).orElse("–");
    }

    private static Optional<Instant> instant(Object when) {
        if (when instanceof Instant instant) {
            return Optional.of(instant);
        }
        if (when instanceof Optional<?> optional) {
            return optional.filter(Instant.class::isInstance).map(Instant.class::cast);
        }
        return Optional.empty();
    }
}
