package academy.bench.suite;

/**
 * The targets as rules over a figure and its baseline: each measurement is met, missed, or
 * was not measured (no baseline, no samples). Kept apart from the measuring so the judging is tested.
 */
final class Targets {

    enum Verdict {
        MET("met"), MISSED("missed"), NOT_MEASURED("not measured");

        private final String word;

        Verdict(String word) {
            this.word = word;
        }

        String word() {
            return word;
        }
    }

    /** p95 under load at most this many times the single-user p95 … */
    static final double LATENCY_RATIO = 3.0;
    /** … and under this many milliseconds, with no errors. */
    static final double LATENCY_MILLIS = 300.0;

    private Targets() {
    }

    static Verdict atLeast(double ratio, double target) {
        return Double.isFinite(ratio) ? (ratio >= target ? Verdict.MET : Verdict.MISSED) : Verdict.NOT_MEASURED;
    }

    static Verdict atMost(double ratio, double target) {
        return Double.isFinite(ratio) ? (ratio <= target ? Verdict.MET : Verdict.MISSED) : Verdict.NOT_MEASURED;
    }

    /** A step under load: p95 ≤ 3× the single-user p95 and < 300 ms, and not one error. */
    static Verdict latency(double loadP95, double singleP95, long errors) {
        if (!Double.isFinite(loadP95) || !Double.isFinite(singleP95) || singleP95 <= 0) {
            return Verdict.NOT_MEASURED;
        }
        boolean met = loadP95 <= LATENCY_RATIO * singleP95 && loadP95 < LATENCY_MILLIS && errors == 0;
        return met ? Verdict.MET : Verdict.MISSED;
    }

    /** Readiness: the academy at most twice the SQL aggregate, and both counting the same practices. */
    static Verdict readiness(double ratio, boolean countsAgree) {
        Verdict time = atMost(ratio, 2.0);
        return time == Verdict.MET && !countsAgree ? Verdict.MISSED : time;
    }
}
