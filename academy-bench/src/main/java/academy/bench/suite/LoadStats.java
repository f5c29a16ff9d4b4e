package academy.bench.suite;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one Gatling run measured, read from its simulation.log (the text log of Gatling 3.11): per
 * journey step (a top-level group: a page, or a form's POST with the redirect after it), how many
 * were run, how many failed and the percentiles of their response times; and over all requests,
 * the error rate. Percentiles are nearest-rank over every sample (no histogram).
 */
record LoadStats(Map<String, Step> steps, long requests, long failedRequests) {

    record Step(String name, int count, long errors, double p50, double p95, double p99) {
    }

    double errorRate() {
        return requests == 0 ? Double.NaN : failedRequests / (double) requests;
    }

    /**
     * Reads {@code GROUP\thierarchy\tstart\tend\tcumulatedResponseTime\tstatus} and
     * {@code REQUEST\thierarchy\tname\tstart\tend\tstatus\tmessage} lines; others are skipped.
     */
    static LoadStats parse(List<String> lines) {
        return parse(lines, Duration.ZERO);
    }

    /**
     * As {@link #parse(List)}, leaving out steps and requests that started within {@code rampUp} of
     * the run's start (the RUN line's time): while users arrive, the load is not the load measured.
     */
    static LoadStats parse(List<String> lines, Duration rampUp) {
        long from = Long.MIN_VALUE;
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, Long> errors = new LinkedHashMap<>();
        long requests = 0;
        long failed = 0;
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            if (fields[0].equals("RUN") && fields.length >= 4) {
                from = Long.parseLong(fields[3].trim()) + rampUp.toMillis();
            } else if (fields[0].equals("GROUP") && fields.length >= 6) {
                if (Long.parseLong(fields[2].trim()) < from) {
                    continue;
                }
                String name = fields[1];
                if (name.contains(",")) {
                    continue; // a group inside a step: the step counts, not its parts
                }
                times.computeIfAbsent(name, n -> new ArrayList<>()).add(Long.parseLong(fields[4].trim()));
                errors.merge(name, fields[5].trim().equals("KO") ? 1L : 0L, Long::sum);
            } else if (fields[0].equals("REQUEST") && fields.length >= 6) {
                if (Long.parseLong(fields[3].trim()) < from) {
                    continue;
                }
                requests++;
                if (fields[5].trim().equals("KO")) {
                    failed++;
                }
            }
        }
        Map<String, Step> steps = new LinkedHashMap<>();
        times.forEach((name, samples) -> {
            long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
            steps.put(name, new Step(name, sorted.length, errors.get(name), percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99)));
        });
        return new LoadStats(steps, requests, failed);
    }

    /** The nearest-rank percentile of sorted samples: the smallest value with at least p % of samples at or below it. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
