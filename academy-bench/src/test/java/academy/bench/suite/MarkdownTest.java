package academy.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("unchecked")
class MarkdownTest {

    @TempDir
    Path directory;

    private static Map<String, Object> report(long startupMillis) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("when", "2026-11-25T03:00:00Z");
        report.put("machine", Map.of("cores", 2, "memoryMiB", 24000, "java", "17"));
        report.put("data", Map.of("practices", 81, "people", 5139, "completions", 39595));
        Map<String, Object> startup = new LinkedHashMap<>();
        startup.put("runs", 3);
        startup.put("academyMillis", startupMillis);
        startup.put("baselineMillis", 10_000L);
        startup.put("ratio", startupMillis / 10_000.0);
        startup.put("academyRssMiB", 500L);
        startup.put("baselineRssMiB", 300L);
        startup.put("rssRatio", 500 / 300.0);
        report.put("startup", startup);
        report.put("notes", List.of("a note"));
        return report;
    }

    @Test
    void aRunReplacesItsOwnScalesSectionAndKeepsTheOthers() throws IOException {
        Path file = directory.resolve("BENCHMARKS.md");
        Files.writeString(file, Markdown.section(file, "1", report(20_000), "s1.json"));
        Files.writeString(file, Markdown.section(file, "80", report(30_000), "s80.json"));
        Files.writeString(file, Markdown.section(file, "1", report(25_000), "s1.json"));

        String text = Files.readString(file);
        assertThat(text).startsWith("# Benchmarks");
        assertThat(text).contains("| start-up to ready, ms (median of 3) | 25000 | 10000 (minimal WAR) | 2.50 | ≤ 2 |");
        assertThat(text).contains("| 30000 |").doesNotContain("| 20000 |");
        assertThat(text.indexOf("## Scale 1")).isLessThan(text.indexOf("## Scale 80"));
        assertThat(text.split("## Scale 1\n", -1)).hasSize(2);
        assertThat(text).contains("- a note");
    }

    @Test
    void theNewMeasurementsShowFigureBaselineRatioAndVerdict() throws IOException {
        Map<String, Object> report = report(25_000);
        ((Map<String, Object>) report.get("startup")).put("verdict", "missed");
        Map<String, Object> readiness = new LinkedHashMap<>();
        readiness.put("practices", 81);
        readiness.put("batch", 500);
        readiness.put("runs", 3);
        readiness.put("academyMillis", 375L);
        readiness.put("sqlMillis", 349L);
        readiness.put("ratio", 375 / 349.0);
        readiness.put("countsAgree", true);
        readiness.put("verdict", "met");
        readiness.put("academyLevels", Map.of("foundation", 3L));
        readiness.put("sqlLevels", Map.of("foundation", 3L));
        readiness.put("academyCriteria", Map.of("first-upskilling-session", 66L));
        readiness.put("sqlCriteria", Map.of("first-upskilling-session", 66L));
        report.put("readiness", readiness);
        report.put("certificates", Map.of("academyPerSecond", 5.3, "minimalPerSecond", 2748.8, "ratio", 5.3 / 2748.8,
                "verdict", "missed"));
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("step", "open the quiz");
        step.put("count", 120);
        step.put("errors", 0L);
        step.put("p50Millis", 40.0);
        step.put("p95Millis", 120.0);
        step.put("p99Millis", 210.0);
        step.put("singleUserP95Millis", 50.0);
        step.put("ratio", 2.4);
        step.put("verdict", "met");
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("users", 100);
        latency.put("seconds", 300L);
        latency.put("thinkMillis", 3000L);
        latency.put("requests", 9000L);
        latency.put("failedRequests", 9L);
        latency.put("errorRate", 0.001);
        latency.put("singleUserSeconds", 60L);
        latency.put("singleUserThinkMillis", 200L);
        latency.put("target", "p95 under load ≤ 3× single-user p95 and < 300 ms, 0 errors");
        latency.put("steps", List.of(step));
        latency.put("results", "target/bench-work/gatling/load/journeyssimulation-1");
        latency.put("flightRecording", "target/academy-load-20261125T0600.jfr");
        report.put("latency", latency);
        Path file = directory.resolve("BENCHMARKS.md");

        String text = Markdown.section(file, "1", report, "s1.json");

        assertThat(text).contains("| 2.50 | ≤ 2 | **missed** |");
        assertThat(text).contains("practices for every level, ms (median of 3; ReadinessQueries in batches of 500) | 375 | 349 "
                + "(one SQL aggregate) | 1.07 | ≤ 2, same counts | **met** |");
        assertThat(text).contains("| 5.30 | 2749 (minimal one-page PDFBox, same JVM) | 0.00193 | ≥ 0.25 | **missed** |");
        assertThat(text).contains("| open the quiz | 120 | 0 | 40.00 | 120 | 210 | 50.00 | 2.40 | met |");
        assertThat(text).contains("9000 requests, 9 failed (error rate 0.10 %)");
        assertThat(text).contains("`target/academy-load-20261125T0600.jfr`");
        assertThat(text).contains("| level foundation | 3 | 3 |", "| first-upskilling-session | 66 | 66 |");
    }
}
