package academy.learning;

import java.time.Instant;

import academy.shared.ConflictException;
import academy.shared.time.AcademyCalendar;

/** The learner has used every attempt of the cool-down window; says when the next one is allowed. */
public class AttemptLimitReachedException extends ConflictException {

    private static final long serialVersionUID = 1L;


    private final Instant retryAt;

    public AttemptLimitReachedException(int maxAttempts, Instant retryAt) {
        super("You have used all " + maxAttempts + " attempts for now. You can try again from "
                + AcademyCalendar.dayAtTime(retryAt) + " (UK time).");
        this.retryAt = retryAt;
    }

    /** The moment another attempt is allowed. */
    public Instant retryAt() {
        return retryAt;
    }
}
