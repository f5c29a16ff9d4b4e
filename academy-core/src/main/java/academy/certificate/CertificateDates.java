package academy.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How certificates count and write days: the day in the UK (Europe/London), in words ("25 November
 * 2026"). A certificate's "valid until" day is its last valid day, inclusive: it ends at midnight in
 * the UK. Kept private to certificates until the academy has one shared calendar.
 */
final class CertificateDates {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withZone(ZONE);

    private CertificateDates() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    static String format(LocalDate day) {
        return FORMAT.format(day);
    }

    /** The day in the UK at that moment. */
    static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The first moment of a day in the UK. */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The moment a certificate whose last valid day this is stops being valid: the next midnight in the UK. */
    static Instant endOf(LocalDate lastDay) {
        return startOf(lastDay.plusDays(1));
    }
}
