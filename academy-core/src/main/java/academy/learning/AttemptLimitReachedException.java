package academy.learning;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import academy.shared.ConflictException;

/** The learner has used every attempt of the cool-down window; says when the next one is allowed. */
public class AttemptLimitReachedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final Instant retryAt;

    public AttemptLimitReachedException(int maxAttempts, Instant retryAt) {
        super("You have used all " + maxAttempts + " attempts for now. You can try again from "
                + WHEN.format(retryAt) + " (UK time).");
        this.retryAt = retryAt;
    }

    /** The moment another attempt is allowed. */
    public Instant retryAt() {
        return retryAt;
    }
}
