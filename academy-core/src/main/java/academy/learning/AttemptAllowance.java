package academy.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The attempt limit: at most {@code maxAttempts} attempts of a module count within any cool-down
 * window. An attempt counts from when it started until exactly {@code cooldown} later. When the
 * limit is reached, the learner may try again once the oldest counted attempt stops counting.
 */
public record AttemptAllowance(int maxAttempts, Duration cooldown) {

    public AttemptAllowance {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("academy.quiz.max-attempts must be at least 1: " + maxAttempts);
        }
        if (cooldown.isNegative() || cooldown.isZero()) {
            throw new IllegalArgumentException("academy.quiz.cooldown-hours must be positive: " + cooldown);
        }
    }

    public static AttemptAllowance of(int maxAttempts, int cooldownHours) {
        return new AttemptAllowance(maxAttempts, Duration.ofHours(cooldownHours));
    }

    /** The start of the window: attempts started after this moment count. */
    public Instant windowStart(Instant now) {
        return now.minus(cooldown);
    }

    /**
     * When the learner may start another attempt: empty when they may now.
     *
     * @param attemptStarts when the learner's earlier attempts of the module started (any number, any age)
     */
    public Optional<Instant> nextAttemptAt(Collection<Instant> attemptStarts, Instant now) {
        Instant windowStart = windowStart(now);
        var counted = attemptStarts.stream().filter(start -> start.isAfter(windowStart)).sorted(Comparator.reverseOrder()).toList();
        if (counted.size() < maxAttempts) {
            return Optional.empty();
        }
        // The newest maxAttempts attempts: once the oldest of them stops counting, one fewer remains.
        Instant oldestThatMatters = counted.get(maxAttempts - 1);
        return Optional.of(oldestThatMatters.plus(cooldown));
    }

    /** How many more attempts the learner may start now (0 when the limit is reached). */
    public int remaining(Collection<Instant> attemptStarts, Instant now) {
        Instant windowStart = windowStart(now);
        long counted = attemptStarts.stream().filter(start -> start.isAfter(windowStart)).count();
        return (int) Math.max(0, maxAttempts - counted);
    }
}
