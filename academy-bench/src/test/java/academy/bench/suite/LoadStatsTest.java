package academy.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LoadStatsTest {

    /** Lines as Gatling 3.11 writes them (tab-separated; the request message is a space when empty). */
    private static final List<String> LOG = List.of(
            "RUN\tacademy.bench.load.JourneysSimulation\tjourneyssimulation\t1795585851651\tload\t3.11.5",
            "USER\tlearners\tSTART\t1795585851890",
            "REQUEST\tsign in\tsign-in page\t1795585851899\t1795585852011\tOK\t ",
            "REQUEST\tsign in\tsign in\t1795585852211\t1795585852370\tOK\t ",
            "REQUEST\tsign in\tsign in Redirect 1\t1795585852378\t1795585852413\tOK\t ",
            "GROUP\tsign in\t1795585851891\t1795585852431\t306\tOK",
            "REQUEST\tsubmit the quiz\tanswers\t1795585853198\t1795585853273\tKO\tcss(#quiz input).notExists, found 5",
            "GROUP\tsubmit the quiz\t1795585853195\t1795585853334\t75\tKO",
            "GROUP\tsubmit the quiz,inner\t1795585853195\t1795585853334\t9999\tOK",
            "GROUP\tsign in\t1795585853334\t1795585853632\t234\tOK",
            "USER\tlearners\tEND\t1795585854095");

    @Test
    void readsEachStepFromItsGroupsAndTheErrorRateFromTheRequests() {
        LoadStats stats = LoadStats.parse(LOG);

        assertThat(stats.steps()).containsOnlyKeys("sign in", "submit the quiz");
        LoadStats.Step signIn = stats.steps().get("sign in");
        assertThat(signIn.count()).isEqualTo(2);
        assertThat(signIn.errors()).isZero();
        assertThat(signIn.p50()).isEqualTo(234.0);
        assertThat(signIn.p95()).isEqualTo(306.0);
        LoadStats.Step quiz = stats.steps().get("submit the quiz");
        assertThat(quiz.count()).isEqualTo(1);
        assertThat(quiz.errors()).isEqualTo(1);
        assertThat(quiz.p99()).isEqualTo(75.0);
        assertThat(stats.requests()).isEqualTo(4);
        assertThat(stats.failedRequests()).isEqualTo(1);
        assertThat(stats.errorRate()).isEqualTo(0.25);
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> samples = new ArrayList<>();
        for (long ms = 1; ms <= 100; ms++) {
            samples.add(ms);
        }
        long[] sorted = samples.stream().mapToLong(Long::longValue).toArray();

        assertThat(LoadStats.percentile(sorted, 50)).isEqualTo(50.0);
        assertThat(LoadStats.percentile(sorted, 95)).isEqualTo(95.0);
        assertThat(LoadStats.percentile(sorted, 99)).isEqualTo(99.0);
        assertThat(LoadStats.percentile(sorted, 100)).isEqualTo(100.0);
        assertThat(LoadStats.percentile(new long[] {7, 400}, 95)).isEqualTo(400.0);
        assertThat(LoadStats.percentile(new long[] {7, 400}, 50)).isEqualTo(7.0);
        assertThat(LoadStats.percentile(new long[] {42}, 1)).isEqualTo(42.0);
        assertThat(LoadStats.percentile(new long[0], 95)).isNaN();
    }

    @Test
    void aRunWithoutRequestsHasNoErrorRate() {
        assertThat(LoadStats.parse(List.of("RUN\tx\ty\t1\tload\t3.11.5")).errorRate()).isNaN();
    }

    @Test
    void stepsAndRequestsStartedWhileUsersArrivedAreLeftOut() {
        LoadStats stats = LoadStats.parse(LOG, java.time.Duration.ofMillis(1_000));

        // The run started at …851651: the first sign-in (…851891) and its requests are inside the first second.
        assertThat(stats.steps().get("sign in").count()).isEqualTo(1);
        assertThat(stats.steps().get("sign in").p50()).isEqualTo(234.0);
        assertThat(stats.requests()).isEqualTo(1);
        assertThat(stats.failedRequests()).isEqualTo(1);
    }
}
