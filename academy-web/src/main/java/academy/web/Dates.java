package academy.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Dates as people in the practices read them ({@code #{dates.day(…)}}): UK time, day first, the
 * month in words, so "03/04" is never ambiguous.
 */
@Named
@ApplicationScoped
public class Dates {

    static final ZoneId ACADEMY_ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ACADEMY_ZONE);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK)
            .withZone(ACADEMY_ZONE);


    /** An {@link Instant}, an {@code Optional<Instant>} or a {@link java.time.LocalDate} as a day; "–" when there is none. */
    public String day(Object when) {
        if (when instanceof LocalDate date) {
            return DAY.format(date);
        }
        return instant(when).map(DAY::format).orElse("–");
    }

    public String dayAndTime(Object when) {
        return instant(when).map(DAY_AND_TIME::format).orElse("–");
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
