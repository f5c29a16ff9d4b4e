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
}
