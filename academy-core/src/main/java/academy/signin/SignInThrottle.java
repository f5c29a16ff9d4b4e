package academy.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How long someone must wait before the next sign-in attempt, from the attempts before it. The
 * rules slow guessing down without letting an attacker lock the real person out for long:
 * <ul>
 * <li><b>Per account</b>: {@value #FREE_ACCOUNT_FAILURES} failures are free. After that each
 *     attempt must wait after the last failure: 30 seconds after the 5th, doubling with every
 *     further failure (60 s, 2 min, 4 min…) up to {@link #MAX_WAIT} (15 minutes). A success
 *     clears the count; so does {@link #QUIET} (15 minutes) with no failure after the wait ended.</li>
 * <li><b>Per client address</b> (across all accounts): {@value #FREE_ADDRESS_FAILURES} failures
 *     within {@link #ADDRESS_WINDOW} (15 minutes) are free; beyond that the address waits until
 *     the oldest of them is 15 minutes old. Successes do not clear it (an attacker could sign in
 *     to an account of their own to clear it).</li>
 * </ul>
 * So the real person never waits more than 15 minutes, and an attacker guessing one account gets
 * a few guesses an hour. Pure: the attempts come in, a duration goes out, and "now" comes from
 * the clock.
 */
public final class SignInThrottle {

    public static final int FREE_ACCOUNT_FAILURES = 5;
    public static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);
    public static final Duration QUIET = Duration.ofMinutes(15);
    public static final int FREE_ADDRESS_FAILURES = 20;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    /** How far back attempts matter at most; older ones can be forgotten. */
    public static final Duration MEMORY = Duration.ofHours(24);

    /** One earlier attempt on an account: when, and whether it failed (a success clears the count). */
    public record Attempt(Instant at, boolean failed) {
        public Attempt {
            Objects.requireNonNull(at, "at");
        }

        public static Attempt failure(Instant at) {
            return new Attempt(at, true);
        }

        public static Attempt success(Instant at) {
            return new Attempt(at, false);
        }
    }

    private final Clock clock;

    public SignInThrottle(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * How long to wait before trying now; {@link Duration#ZERO} when the attempt may go ahead.
     *
     * @param accountAttempts  the account's attempts within {@link #MEMORY}, any order
     * @param addressFailures  the client address's failures within {@link #ADDRESS_WINDOW} (at least the latest
     *                         {@value #FREE_ADDRESS_FAILURES}), any order
     */
    public Duration waitBefore(List<Attempt> accountAttempts, List<Instant> addressFailures) {
        Duration account = accountWait(accountAttempts);
        Duration address = addressWait(addressFailures);
        return account.compareTo(address) >= 0 ? account : address;
    }

    /** The wait the account's attempts require now. */
    public Duration accountWait(List<Attempt> attempts) {
        Instant now = clock.instant();
        List<Attempt> ordered = attempts.stream().sorted(Comparator.comparing(Attempt::at)).toList();
        int streak = 0;
        Instant lastFailure = null;
        for (Attempt attempt : ordered) {
            if (!attempt.failed()) {
                streak = 0;
                lastFailure = null;
                continue;
            }
            if (lastFailure != null && attempt.at().isAfter(streakEnd(lastFailure, streak))) {
                streak = 0;
            }
            streak++;
            lastFailure = attempt.at();
        }
        if (lastFailure == null || now.isAfter(streakEnd(lastFailure, streak))) {
            return Duration.ZERO;
        }
        Instant allowedFrom = lastFailure.plus(waitAfter(streak));
        return now.isBefore(allowedFrom) ? Duration.between(now, allowedFrom) : Duration.ZERO;
    }

    /** The wait the address's recent failures require now. */
    public Duration addressWait(List<Instant> failures) {
        Instant now = clock.instant();
        List<Instant> recent = failures.stream().filter(at -> at.isAfter(now.minus(ADDRESS_WINDOW)))
                .sorted(Comparator.reverseOrder()).toList();
        if (recent.size() < FREE_ADDRESS_FAILURES) {
            return Duration.ZERO;
        }
        // Allowed again once fewer than the free number remain in the window.
        Instant allowedFrom = recent.get(FREE_ADDRESS_FAILURES - 1).plus(ADDRESS_WINDOW);
        return now.isBefore(allowedFrom) ? Duration.between(now, allowedFrom) : Duration.ZERO;
    }

    /** The wait after the {@code failures}-th consecutive failure. */
    public static Duration waitAfter(int failures) {
        if (failures < FREE_ACCOUNT_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = failures - FREE_ACCOUNT_FAILURES;
        // 30 s × 2^5 already passes the cap, so larger exponents need not be computed.
        if (doublings >= 5) {
            return MAX_WAIT;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    /** After this instant a streak of failures is forgotten: the wait it required, then a quiet spell. */
    private static Instant streakEnd(Instant lastFailure, int streak) {
        return lastFailure.plus(waitAfter(streak)).plus(QUIET);
    }
}
