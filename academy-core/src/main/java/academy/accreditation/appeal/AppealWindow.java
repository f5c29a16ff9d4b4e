package academy.accreditation.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A practice may appeal a refusal or a revocation for {@value #DAYS} days: from the day of the
 * decision to the {@value #DAYS}th day after it, both in the academy's calendar (UTC).
 */
public final class AppealWindow {

    public static final int DAYS = 30;

    private AppealWindow() {
    }

    /** The last day on which an appeal against a decision taken at {@code decidedAt} is heard. */
    public static LocalDate lastDay(Instant decidedAt) {
        return LocalDate.ofInstant(decidedAt, ZoneOffset.UTC).plusDays(DAYS);
    }

    public static boolean isOpen(Instant decidedAt, LocalDate today) {
        return !today.isAfter(lastDay(decidedAt));
    }
}
