package academy.bench.suite;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 2. Latency under load: Gatling's virtual users on the journeys after a warm-up, then one user
 * alone; each step's p95 under load against its p95 alone.
 */
final class LatencyUnderLoad {

    private LatencyUnderLoad() {
    }

    static Map<String, Object> measure(SuiteSettings settings, Actors actors) throws IOException {
        SuiteSettings.Load load = settings.load();
        List<Path> learners = List.of(settings.work().resolve("learners-warm-up.csv"),
                settings.work().resolve("learners-load.csv"), settings.work().resolve("learners-single-user.csv"));
        Path managers = settings.work().resolve("managers.csv");
        try {
            GatlingLoad.writeAccounts(settings, learners, managers);
        } catch (SQLException failed) {
            throw new IOException("could not list the accounts the virtual users sign in as", failed);
        }
        List<String> jvm = new ArrayList<>();
        Path recording = null;
        if (load.flightRecording()) {
            recording = Instances.recordingFile(settings, "academy-load");
            jvm.addAll(Instances.flightRecording(recording));
        }
        // Alone, one person: short pauses, so there are many samples; pauses do not change a lone request's time.
        Duration singleThink = Duration.ofMillis(200);
        GatlingLoad.Run underLoad;
        GatlingLoad.Run single;
        try (MicroInstance academy = Instances.academy(settings, "load", false, jvm)) {
            System.out.println("Latency: warming up, then " + load.users() + " virtual users for "
                    + load.loadDuration().toSeconds() + " s, then one user for " + load.singleDuration().toSeconds() + " s…");
            GatlingLoad.run(settings, academy.base(), "warm-up", Math.min(10, load.users()), Duration.ZERO, settings.warmUp(),
                    singleThink, learners.get(0), managers, actors.moduleSlug());
            underLoad = GatlingLoad.run(settings, academy.base(), "load", load.users(), rampUp(load), load.loadDuration(),
                    load.think(), learners.get(1), managers, actors.moduleSlug());
            single = GatlingLoad.run(settings, academy.base(), "single-user", 1, Duration.ZERO, load.singleDuration(),
                    singleThink, learners.get(2), managers, actors.moduleSlug());
        }
        return report(load, underLoad, single, singleThink, recording);
    }

    /** Users arrive over a quarter of the measured time, at most 30 s; that time is not counted. */
    static Duration rampUp(SuiteSettings.Load load) {
        Duration quarter = load.loadDuration().dividedBy(4);
        return quarter.compareTo(Duration.ofSeconds(30)) < 0 ? quarter : Duration.ofSeconds(30);
    }

    static Map<String, Object> report(SuiteSettings.Load load, GatlingLoad.Run underLoad, GatlingLoad.Run single,
            Duration singleThink, Path recording) {
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("users", load.users());
        latency.put("seconds", load.loadDuration().toSeconds());
        latency.put("rampUpSeconds", rampUp(load).toSeconds());
        latency.put("thinkMillis", load.think().toMillis());
        latency.put("singleUserSeconds", load.singleDuration().toSeconds());
        latency.put("singleUserThinkMillis", singleThink.toMillis());
        latency.put("requests", underLoad.stats().requests());
        latency.put("failedRequests", underLoad.stats().failedRequests());
        latency.put("errorRate", underLoad.stats().errorRate());
        latency.put("results", underLoad.results().toString());
        latency.put("singleUserResults", single.results().toString());
        latency.put("flightRecording", recording == null ? null : recording.toString());
        latency.put("target", "p95 under load ≤ 3× single-user p95 and < 300 ms, 0 errors");
        List<Map<String, Object>> steps = new ArrayList<>();
        underLoad.stats().steps().forEach((name, step) -> {
            LoadStats.Step alone = single.stats().steps().get(name);
            double singleP95 = alone == null ? Double.NaN : alone.p95();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("step", name);
            row.put("count", step.count());
            row.put("errors", step.errors());
            row.put("p50Millis", step.p50());
            row.put("p95Millis", step.p95());
            row.put("p99Millis", step.p99());
            row.put("singleUserCount", alone == null ? 0 : alone.count());
            row.put("singleUserP95Millis", singleP95);
            row.put("ratio", Figures.ratio(step.p95(), singleP95));
            row.put("verdict", Targets.latency(step.p95(), singleP95, step.errors()).word());
            steps.add(row);
        });
        latency.put("steps", steps);
        return latency;
    }
}
