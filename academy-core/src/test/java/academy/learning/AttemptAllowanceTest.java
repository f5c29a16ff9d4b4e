package academy.learning;

import static academy.learning.LearningFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class AttemptAllowanceTest {

    private final AttemptAllowance threePerDay = AttemptAllowance.of(3, 24);

    private static Instant hoursAgo(double hours) {
        return NOW.minus(Duration.ofMinutes((long) (hours * 60)));
    }

    @Test
    void attemptsLeftCountOnlyTheAttemptsOfTheWindow() {
        assertThat(threePerDay.remaining(List.of(), NOW)).isEqualTo(3);
        assertThat(threePerDay.remaining(List.of(hoursAgo(30), hoursAgo(2)), NOW)).isEqualTo(2);
        assertThat(threePerDay.remaining(List.of(hoursAgo(3), hoursAgo(2), hoursAgo(1), hoursAgo(0.5)), NOW)).isZero();
    }

    @Test
    void belowTheLimitAnotherAttemptIsAllowed() {
        assertThat(threePerDay.nextAttemptAt(List.of(), NOW)).isEmpty();
        assertThat(threePerDay.nextAttemptAt(List.of(hoursAgo(1), hoursAgo(2)), NOW)).isEmpty();
    }

    @Test
    void atTheLimitTheLearnerWaitsUntilTheOldestCountedAttemptIsOutOfTheWindow() {
        Instant oldest = hoursAgo(20);
        assertThat(threePerDay.nextAttemptAt(List.of(oldest, hoursAgo(10), hoursAgo(1)), NOW))
                .contains(oldest.plus(Duration.ofHours(24)));
    }

    @Test
    void anAttemptStopsCountingExactlyOneCoolDownAfterItStarted() {
        Instant oldest = NOW.minus(Duration.ofHours(24));
        assertThat(threePerDay.nextAttemptAt(List.of(oldest, hoursAgo(10), hoursAgo(1)), NOW)).isEmpty();
        Instant justInside = NOW.minus(Duration.ofHours(24)).plusSeconds(1);
        assertThat(threePerDay.nextAttemptAt(List.of(justInside, hoursAgo(10), hoursAgo(1)), NOW))
                .contains(NOW.plusSeconds(1));
    }

    @Test
    void oldAttemptsDoNotCount() {
        assertThat(threePerDay.nextAttemptAt(List.of(hoursAgo(30), hoursAgo(48), hoursAgo(72), hoursAgo(1)), NOW)).isEmpty();
    }

    @Test
    void aLimitOfOneBlocksUntilTheOnlyAttemptAges() {
        AttemptAllowance one = AttemptAllowance.of(1, 2);
        assertThat(one.nextAttemptAt(List.of(hoursAgo(1)), NOW)).contains(hoursAgo(1).plus(Duration.ofHours(2)));
    }

    @Test
    void settingsMustBePositive() {
        assertThatThrownBy(() -> AttemptAllowance.of(0, 24)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttemptAllowance.of(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLimitMessageSaysWhenToComeBack() {
        var refused = new AttemptLimitReachedException(3, Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(refused.retryAt()).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(refused.userMessage()).contains("3 attempts").contains("3 March 2026 at 09:00");
    }
}
