package academy.signin;

import java.time.Duration;

import academy.shared.AcademyException;

/** Too many failed attempts recently; the person must wait {@link #waitFor()} before trying again. */
public class SignInThrottledException extends AcademyException {

    private static final long serialVersionUID = 1L;

    private final Duration waitFor;

    public SignInThrottledException(Duration waitFor) {
        super("There have been too many unsuccessful attempts to sign in. Please wait " + describe(waitFor)
                + " and try again, or reset your password if you have forgotten it.");
        this.waitFor = waitFor;
    }

    public Duration waitFor() {
        return waitFor;
    }

    /** "45 seconds", "1 minute", "3 minutes": rounded up, so the person never comes back too early. */
    static String describe(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
