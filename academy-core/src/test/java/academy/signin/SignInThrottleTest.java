package academy.signin;

import static academy.signin.SignInThrottle.Attempt.failure;
import static academy.signin.SignInThrottle.Attempt.success;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private static SignInThrottle at(Instant now) {
        return new SignInThrottle(Clock.fixed(now, ZoneOffset.UTC));
    }

    /** {@code count} failures, one second apart, from START. */
    private static List<SignInThrottle.Attempt> failures(int count) {
        List<SignInThrottle.Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            attempts.add(failure(START.plusSeconds(i)));
        }
        return attempts;
    }

    private static Instant lastOf(List<SignInThrottle.Attempt> attempts) {
        return attempts.get(attempts.size() - 1).at();
    }

    @Test
    void noAttemptsNoWait() {
        assertThat(at(START).waitBefore(List.of(), List.of())).isZero();
    }

    @Test
    void afterFourFailuresTheFifthAttemptIsFree() {
        List<SignInThrottle.Attempt> four = failures(4);
        assertThat(at(lastOf(four)).accountWait(four)).isZero();
    }

    @Test
    void afterFiveFailuresTheSixthAttemptWaitsThirtySeconds() {
        List<SignInThrottle.Attempt> five = failures(5);
        Instant last = lastOf(five);
        assertThat(at(last).accountWait(five)).isEqualTo(Duration.ofSeconds(30));
        assertThat(at(last.plusSeconds(10)).accountWait(five)).isEqualTo(Duration.ofSeconds(20));
        assertThat(at(last.plusSeconds(30)).accountWait(five)).isZero();
    }

    @Test
    void theWaitDoublesWithEveryFurtherFailure() {
        assertThat(SignInThrottle.waitAfter(4)).isZero();
        assertThat(SignInThrottle.waitAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SignInThrottle.waitAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(SignInThrottle.waitAfter(7)).isEqualTo(Duration.ofMinutes(2));
        assertThat(SignInThrottle.waitAfter(8)).isEqualTo(Duration.ofMinutes(4));
        assertThat(SignInThrottle.waitAfter(9)).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void theWaitStopsGrowingAtFifteenMinutes() {
        assertThat(SignInThrottle.waitAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.waitAfter(11)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.waitAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAttackerWhoWaitsEachTimeStillReachesTheCapAndTheRealPersonNeverWaitsLonger() {
        List<SignInThrottle.Attempt> attempts = new ArrayList<>(failures(5));
        Instant now = lastOf(attempts);
        for (int failure = 6; failure <= 14; failure++) {
            now = now.plus(at(now).accountWait(attempts));
            attempts.add(failure(now));
        }
        assertThat(at(now).accountWait(attempts)).isEqualTo(SignInThrottle.MAX_WAIT);
    }

    @Test
    void aSuccessClearsTheCount() {
        List<SignInThrottle.Attempt> attempts = new ArrayList<>(failures(7));
        Instant last = lastOf(attempts);
        assertThat(at(last).accountWait(attempts)).isEqualTo(Duration.ofMinutes(2));
        attempts.add(success(last.plus(Duration.ofMinutes(2))));
        attempts.add(failure(last.plus(Duration.ofMinutes(3))));
        assertThat(at(last.plus(Duration.ofMinutes(3))).accountWait(attempts)).isZero();
    }

    @Test
    void aQuietSpellAfterTheWaitClearsTheCount() {
        List<SignInThrottle.Attempt> five = failures(5);
        Instant last = lastOf(five);
        Instant quietEnd = last.plusSeconds(30).plus(SignInThrottle.QUIET);
        assertThat(at(quietEnd).accountWait(five)).isZero();
        List<SignInThrottle.Attempt> later = new ArrayList<>(five);
        later.add(failure(quietEnd.plusSeconds(1)));
        // A new streak of one failure: free again.
        assertThat(at(quietEnd.plusSeconds(1)).accountWait(later)).isZero();
        List<SignInThrottle.Attempt> sooner = new ArrayList<>(five);
        sooner.add(failure(quietEnd.minusSeconds(1)));
        assertThat(at(quietEnd.minusSeconds(1)).accountWait(sooner)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void attemptsMayComeInAnyOrder() {
        List<SignInThrottle.Attempt> five = new ArrayList<>(failures(5));
        java.util.Collections.reverse(five);
        assertThat(at(START.plusSeconds(4)).accountWait(five)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anAddressHasTwentyFreeFailuresInFifteenMinutes() {
        List<Instant> nineteen = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            nineteen.add(START.plusSeconds(i * 10L));
        }
        Instant now = START.plusSeconds(200);
        assertThat(at(now).addressWait(nineteen)).isZero();
        List<Instant> twenty = new ArrayList<>(nineteen);
        twenty.add(START.plusSeconds(190));
        // Allowed again when the oldest of the twenty is fifteen minutes old.
        assertThat(at(now).addressWait(twenty)).isEqualTo(Duration.ofMinutes(15).minusSeconds(200));
        assertThat(at(START.plus(Duration.ofMinutes(15))).addressWait(twenty)).isZero();
    }

    @Test
    void failuresOlderThanTheAddressWindowDoNotCount() {
        List<Instant> old = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            old.add(START.plusSeconds(i));
        }
        assertThat(at(START.plusSeconds(29).plus(Duration.ofMinutes(15))).addressWait(old)).isZero();
    }

    @Test
    void theLongerOfTheAccountAndAddressWaitsApplies() {
        List<Instant> addressFailures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            addressFailures.add(START.plusSeconds(i));
        }
        Instant now = START.plusSeconds(20);
        assertThat(at(now).waitBefore(List.of(), addressFailures)).isEqualTo(Duration.ofMinutes(15).minusSeconds(20));
        assertThat(at(now).waitBefore(failures(5), List.of())).isEqualTo(Duration.ofSeconds(14));
    }

    @Test
    void theRefusalTellsHowLongToWaitRoundedUp() {
        assertThat(new SignInThrottledException(Duration.ofMillis(29_001)).getMessage()).contains("wait 30 seconds");
        assertThat(new SignInThrottledException(Duration.ofSeconds(1)).getMessage()).contains("wait 1 second ");
        assertThat(new SignInThrottledException(Duration.ofSeconds(60)).getMessage()).contains("wait 1 minute ");
        assertThat(new SignInThrottledException(Duration.ofSeconds(61)).getMessage()).contains("wait 2 minutes");
        assertThat(new SignInThrottledException(Duration.ofMinutes(15)).getMessage()).contains("wait 15 minutes");
    }
}
