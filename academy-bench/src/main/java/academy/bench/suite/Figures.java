package academy.bench.suite;

import java.util.List;

/** The arithmetic every measurement shares: a median of runs and a ratio to a baseline. */
final class Figures {

    private Figures() {
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    /** The value over its baseline; NaN when there is no baseline to compare with. */
    static double ratio(double value, double baseline) {
        return baseline == 0 ? Double.NaN : value / baseline;
    }
}
