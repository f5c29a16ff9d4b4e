package academy.learning;

import static academy.learning.LearningFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import academy.learning.TrainingStatusRules.CompletionFacts;

class TrainingStatusRulesTest {

    private final TrainingStatusRules rules = new TrainingStatusRules(Clock.fixed(NOW, ZoneOffset.UTC));

    private TrainingStatus expiringIn(Duration left) {
        return rules.status(Optional.of(new CompletionFacts(1, Optional.of(NOW.plus(left)))), true, 0);
    }

    @Test
    void withoutACompletionItIsInProgressOrNotStarted() {
        assertThat(rules.status(Optional.empty(), true, 0)).isEqualTo(TrainingStatus.IN_PROGRESS);
        assertThat(rules.status(Optional.empty(), false, 0)).isEqualTo(TrainingStatus.NOT_STARTED);
    }

    @Test
    void aCompletionThatNeverExpiresIsComplete() {
        assertThat(rules.status(Optional.of(new CompletionFacts(1, Optional.empty())), true, 0))
                .isEqualTo(TrainingStatus.COMPLETE);
    }

    @Test
    void sixtyDaysIsTheFirstWarning() {
        assertThat(expiringIn(Duration.ofDays(60).plusSeconds(1))).isEqualTo(TrainingStatus.COMPLETE);
        assertThat(expiringIn(Duration.ofDays(60))).isEqualTo(TrainingStatus.DUE_SOON_60);
        assertThat(expiringIn(Duration.ofDays(30).plusSeconds(1))).isEqualTo(TrainingStatus.DUE_SOON_60);
    }

    @Test
    void thirtyDaysIsTheSecondWarning() {
        assertThat(expiringIn(Duration.ofDays(30))).isEqualTo(TrainingStatus.DUE_SOON_30);
        assertThat(expiringIn(Duration.ofSeconds(1))).isEqualTo(TrainingStatus.DUE_SOON_30);
    }

    @Test
    void fromTheMomentOfExpiryItIsOverdue() {
        assertThat(expiringIn(Duration.ZERO)).isEqualTo(TrainingStatus.OVERDUE);
        assertThat(expiringIn(Duration.ofDays(-400))).isEqualTo(TrainingStatus.OVERDUE);
    }

    @Test
    void aSignificantNewerVersionAsksForARefresh() {
        CompletionFacts ofVersion1 = new CompletionFacts(1, Optional.empty());
        assertThat(rules.status(Optional.of(ofVersion1), true, 2)).isEqualTo(TrainingStatus.REFRESH_NEEDED);
        assertThat(TrainingStatus.REFRESH_NEEDED.isOverdue()).isTrue();
    }

    @Test
    void aMinorNewerVersionDoesNotVoidTheCompletion() {
        // Version 3 exists but the latest significant one is 1: the completion of 2 still stands.
        CompletionFacts ofVersion2 = new CompletionFacts(2, Optional.empty());
        assertThat(rules.status(Optional.of(ofVersion2), true, 1)).isEqualTo(TrainingStatus.COMPLETE);
        assertThat(rules.status(Optional.of(ofVersion2), true, 2)).isEqualTo(TrainingStatus.COMPLETE);
    }

    @Test
    void anExpiredCompletionOfAnOldVersionIsOverdue() {
        CompletionFacts expired = new CompletionFacts(1, Optional.of(NOW.minusSeconds(1)));
        assertThat(rules.status(Optional.of(expired), true, 2)).isEqualTo(TrainingStatus.OVERDUE);
    }

    @Test
    void expiryIsCalendarMonthsInUtc() {
        Instant completed = Instant.parse("2025-01-31T10:00:00Z");
        assertThat(TrainingStatusRules.expiryOf(completed, Optional.of(1))).contains(Instant.parse("2025-02-28T10:00:00Z"));
        assertThat(TrainingStatusRules.expiryOf(completed, Optional.of(12))).contains(Instant.parse("2026-01-31T10:00:00Z"));
        assertThat(TrainingStatusRules.expiryOf(completed, Optional.empty())).isEmpty();
    }

    @Test
    void dueAndDoneGroupings() {
        assertThat(TrainingStatus.DUE_SOON_30.isDone()).isTrue();
        assertThat(TrainingStatus.DUE_SOON_60.isDue()).isTrue();
        assertThat(TrainingStatus.OVERDUE.isDone()).isFalse();
        assertThat(TrainingStatus.IN_PROGRESS.isDue()).isFalse();
    }
}
