package academy.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules that turn a person's record for one module into a {@link TrainingStatus}. Pure: the
 * only input besides the arguments is the clock, so every boundary is unit tested.
 * <ul>
 * <li>A completion expires {@code refreshMonths} calendar months (UTC) after it was made; without a
 *     refresh period it never expires.</li>
 * <li>From the moment of expiry it is {@link TrainingStatus#OVERDUE}; up to 30 days before,
 *     {@link TrainingStatus#DUE_SOON_30}; up to 60 days before, {@link TrainingStatus#DUE_SOON_60}.</li>
 * <li>A later version of the module voids the completion only when that version is significant:
 *     a completion of a version older than the latest significant one is
 *     {@link TrainingStatus#REFRESH_NEEDED} (expiry wins: an expired one is overdue).</li>
 * <li>Without a completion: {@link TrainingStatus#IN_PROGRESS} when started, else
 *     {@link TrainingStatus#NOT_STARTED}.</li>
 * </ul>
 */
public final class TrainingStatusRules {

    public static final Duration DUE_SOON_60 = Duration.ofDays(60);
    public static final Duration DUE_SOON_30 = Duration.ofDays(30);

    /** What the rules need to know of a completion. */
    public record CompletionFacts(int versionNumber, Optional<Instant> expiresAt) {
        public CompletionFacts {
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    private final Clock clock;

    public TrainingStatusRules(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** When a completion made at {@code completedAt} expires; empty when the version has no refresh period. */
    public static Optional<Instant> expiryOf(Instant completedAt, Optional<Integer> refreshMonths) {
        return refreshMonths.map(months -> completedAt.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant());
    }

    /**
     * @param latest                    the person's latest completion of the module, if any
     * @param started                   whether the person has started the module
     * @param latestSignificantVersion  the number of the module's latest significant version; 0 when none
     */
    public TrainingStatus status(Optional<CompletionFacts> latest, boolean started, int latestSignificantVersion) {
        if (latest.isEmpty()) {
            return started ? TrainingStatus.IN_PROGRESS : TrainingStatus.NOT_STARTED;
        }
        CompletionFacts completion = latest.get();
        Instant now = clock.instant();
        if (completion.expiresAt().isPresent()) {
            Instant expiry = completion.expiresAt().get();
            if (!now.isBefore(expiry)) {
                return TrainingStatus.OVERDUE;
            }
        }
        if (completion.versionNumber() < latestSignificantVersion) {
            return TrainingStatus.REFRESH_NEEDED;
        }
        if (completion.expiresAt().isPresent()) {
            Instant expiry = completion.expiresAt().get();
            if (!expiry.isAfter(now.plus(DUE_SOON_30))) {
                return TrainingStatus.DUE_SOON_30;
            }
            if (!expiry.isAfter(now.plus(DUE_SOON_60))) {
                return TrainingStatus.DUE_SOON_60;
            }
        }
        return TrainingStatus.COMPLETE;
    }
}
