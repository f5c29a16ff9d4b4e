package academy.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import academy.bench.suite.Targets.Verdict;

import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void aRatioMeetsItsTargetAtTheBoundaryAndNotBeyond() {
        assertThat(Targets.atLeast(0.25, 0.25)).isEqualTo(Verdict.MET);
        assertThat(Targets.atLeast(0.2499, 0.25)).isEqualTo(Verdict.MISSED);
        assertThat(Targets.atMost(2.0, 2.0)).isEqualTo(Verdict.MET);
        assertThat(Targets.atMost(2.01, 2.0)).isEqualTo(Verdict.MISSED);
        assertThat(Targets.atLeast(Double.NaN, 0.25)).isEqualTo(Verdict.NOT_MEASURED);
        assertThat(Targets.atMost(Double.POSITIVE_INFINITY, 2.0)).isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    void latencyUnderLoadNeedsTheRatioTheCeilingAndNoErrors() {
        assertThat(Targets.latency(150, 50, 0)).isEqualTo(Verdict.MET);
        assertThat(Targets.latency(151, 50, 0)).as("more than 3× alone").isEqualTo(Verdict.MISSED);
        assertThat(Targets.latency(300, 200, 0)).as("not under 300 ms").isEqualTo(Verdict.MISSED);
        assertThat(Targets.latency(299, 200, 0)).isEqualTo(Verdict.MET);
        assertThat(Targets.latency(100, 90, 1)).as("an error").isEqualTo(Verdict.MISSED);
        assertThat(Targets.latency(100, Double.NaN, 0)).as("no single-user run of the step").isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    void readinessFasterThanTwiceTheAggregateStillMissesWhenTheCountsDiffer() {
        assertThat(Targets.readiness(1.5, true)).isEqualTo(Verdict.MET);
        assertThat(Targets.readiness(1.5, false)).isEqualTo(Verdict.MISSED);
        assertThat(Targets.readiness(2.5, true)).isEqualTo(Verdict.MISSED);
    }
}
