package academy.certificate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How certificates write dates: the day in the UK, in words ("25 November 2026"). */
final class CertificateDates {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withZone(ZONE);

    private CertificateDates() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
