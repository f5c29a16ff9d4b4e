package academy.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The human-readable half of the report: one section of BENCHMARKS.md per scale, replaced on each
 * run of that scale, every figure next to its baseline and the ratio the issue sets a target for.
 */
final class Markdown {

    private Markdown() {
    }

    static String section(Path file, String scale, Map<String, Object> report, String jsonName) throws IOException {
        String start = "<!-- scale " + scale + " start -->";
        String end = "<!-- scale " + scale + " end -->";
        String body = start + "\n" + render(scale, report, jsonName) + end + "\n";
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\nWritten by the benchmark suite "
                + "(see the README's \"Benchmarks\"). Each figure comes with its baseline, measured in the same run on "
                + "the same machine.\n\n";
        int from = existing.indexOf(start);
        int to = existing.indexOf(end);
        if (from >= 0 && to > from) {
            return existing.substring(0, from) + body + existing.substring(to + end.length()).replaceFirst("^\n", "");
        }
        return existing + (existing.endsWith("\n\n") ? "" : "\n") + body;
    }

    @SuppressWarnings("unchecked")
    private static String render(String scale, Map<String, Object> report, String jsonName) {
        StringBuilder out = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) report.get("machine");
        Map<String, Object> data = (Map<String, Object>) report.get("data");
        out.append("## Scale ").append(scale).append("\n\n");
        out.append("Run ").append(report.get("when")).append(" on ").append(machine.get("cores")).append(" cores, ")
                .append(machine.get("memoryMiB")).append(" MiB, Java ").append(machine.get("java")).append("; data: ")
                .append(data.get("practices")).append(" practices, ").append(data.get("people")).append(" people, ")
                .append(data.get("completions")).append(" completions. Machine-readable: `").append(jsonName)
                .append("`.\n\n");
        out.append("| measurement | academy | baseline | ratio | target | |\n|---|---|---|---|---|---|\n");
        Map<String, Object> pages = (Map<String, Object>) report.get("pageCost");
        if (pages != null) {
            Map<String, Object> baseline = (Map<String, Object>) pages.get("baseline");
            for (String key : List.of("modulePage", "trainingMatrix")) {
                Map<String, Object> page = (Map<String, Object>) pages.get(key);
                if (page != null) {
                    out.append("| ").append(key.equals("modulePage") ? "module page (signed-in learner)" : "training matrix (manager)")
                            .append(", requests/s | ").append(number(page.get("requestsPerSecond"))).append(" | ")
                            .append(number(baseline.get("requestsPerSecond"))).append(" (minimal servlet) | ")
                            .append(number(page.get("ratioToBaseline"))).append(" | ")
                            .append(key.equals("modulePage") ? "≥ 0.20 | " + verdict(page) : "— |").append(" |\n");
                }
            }
        }
        Map<String, Object> writes = (Map<String, Object>) report.get("completionWrites");
        if (writes != null) {
            out.append("| completions recorded per second (").append(writes.get("clients")).append(" clients; HTTP with audit row) | ")
                    .append(number(writes.get("httpPerSecond"))).append(" | ").append(number(writes.get("pgbenchPerSecond")))
                    .append(" (pgbench, the same SQL) | ").append(number(writes.get("ratio"))).append(" | ≥ 0.50 | ")
                    .append(verdict(writes)).append(" |\n");
        }
        Map<String, Object> startup = (Map<String, Object>) report.get("startup");
        if (startup != null) {
            out.append("| start-up to ready, ms (median of ").append(startup.get("runs")).append(") | ")
                    .append(startup.get("academyMillis")).append(" | ").append(startup.get("baselineMillis"))
                    .append(" (minimal WAR) | ").append(number(startup.get("ratio"))).append(" | ≤ 2 | ")
                    .append(verdict(startup)).append(" |\n");
            out.append("| resident memory at ready, MiB | ").append(startup.get("academyRssMiB")).append(" | ")
                    .append(startup.get("baselineRssMiB")).append(" (minimal WAR) | ").append(number(startup.get("rssRatio")))
                    .append(" | — | |\n");
        }
        Map<String, Object> readiness = (Map<String, Object>) report.get("readiness");
        if (readiness != null) {
            out.append("| readiness of all ").append(readiness.get("practices")).append(" practices for every level, ms (median of ")
                    .append(readiness.get("runs")).append("; ReadinessQueries in batches of ").append(readiness.get("batch"))
                    .append(") | ").append(readiness.get("academyMillis")).append(" | ").append(readiness.get("sqlMillis"))
                    .append(" (one SQL aggregate) | ").append(number(readiness.get("ratio"))).append(" | ≤ 2")
                    .append(Boolean.TRUE.equals(readiness.get("countsAgree")) ? ", same counts" : ", counts DIFFER")
                    .append(" | ").append(verdict(readiness)).append(" |\n");
        }
        Map<String, Object> certificates = (Map<String, Object>) report.get("certificates");
        if (certificates != null) {
            out.append("| certificates per second (data → QR → PDF/A → tags → signature → store, one thread) | ")
                    .append(number(certificates.get("academyPerSecond"))).append(" | ")
                    .append(number(certificates.get("minimalPerSecond"))).append(" (minimal one-page PDFBox, same JVM) | ")
                    .append(number(certificates.get("ratio"))).append(" | ≥ 0.25 | ").append(verdict(certificates))
                    .append(" |\n");
        }
        out.append('\n');
        latency(out, (Map<String, Object>) report.get("latency"));
        if (readiness != null) {
            out.append("Practices meeting each level (every automatic criterion the level requires) and each automatic "
                    + "criterion, counted both ways:\n\n| level or criterion | academy | SQL aggregate |\n|---|---|---|\n");
            for (String kind : List.of("Levels", "Criteria")) {
                Map<String, Object> academy = (Map<String, Object>) readiness.get("academy" + kind);
                Map<String, Object> sql = (Map<String, Object>) readiness.get("sql" + kind);
                academy.forEach((slug, count) -> out.append("| ").append(kind.equals("Levels") ? "level " : "")
                        .append(slug).append(" | ").append(count).append(" | ").append(sql.get(slug)).append(" |\n"));
            }
            out.append('\n');
        }
        List<Map<String, Object>> statements = (List<Map<String, Object>>) report.get("statementsPerRequest");
        if (statements != null) {
            out.append("SQL statements per request (second request of each step; the first regression signal):\n\n");
            out.append("| step | page | statements |\n|---|---|---|\n");
            for (Map<String, Object> row : statements) {
                Object count = row.get("statements");
                out.append("| ").append(row.get("step")).append(" | `").append(row.get("path")).append("` | ")
                        .append(count == null ? "not measured (HTTP " + row.get("status") + ")" : count).append(" |\n");
            }
            out.append('\n');
        }
        List<String> notes = (List<String>) report.get("notes");
        if (notes != null && !notes.isEmpty()) {
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void latency(StringBuilder out, Map<String, Object> latency) {
        if (latency == null) {
            return;
        }
        out.append("Latency under load (Gatling): ").append(latency.get("users")).append(" virtual users for ")
                .append(latency.get("seconds")).append(" s after ").append(latency.get("rampUpSeconds"))
                .append(" s of arriving (not counted), think time ").append(latency.get("thinkMillis"))
                .append(" ms ± 50 %, each journey signing in as another generated account; ")
                .append(latency.get("requests")).append(" requests, ").append(latency.get("failedRequests"))
                .append(" failed (error rate ").append(percent(latency.get("errorRate"))).append("). Single user: one person for ")
                .append(latency.get("singleUserSeconds")).append(" s (pauses ").append(latency.get("singleUserThinkMillis"))
                .append(" ms). Times in ms; a step is a page, or a form's POST with its redirect. Target: ")
                .append(latency.get("target")).append(".\n\n");
        out.append("| step | runs | errors | p50 | p95 | p99 | single-user p95 | p95 ratio | |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> step : (List<Map<String, Object>>) latency.get("steps")) {
            out.append("| ").append(step.get("step")).append(" | ").append(step.get("count")).append(" | ")
                    .append(step.get("errors")).append(" | ").append(number(step.get("p50Millis"))).append(" | ")
                    .append(number(step.get("p95Millis"))).append(" | ").append(number(step.get("p99Millis"))).append(" | ")
                    .append(number(step.get("singleUserP95Millis"))).append(" | ").append(number(step.get("ratio")))
                    .append(" | ").append(step.get("verdict")).append(" |\n");
        }
        out.append("\nGatling's results (with its HTML report): `").append(latency.get("results")).append("`");
        if (latency.get("flightRecording") != null) {
            out.append("; the academy ran under JFR during the load: `").append(latency.get("flightRecording")).append("`");
        }
        out.append(".\n\n");
    }

    private static String verdict(Map<String, Object> row) {
        Object verdict = row.get("verdict");
        return verdict == null ? "" : "**" + verdict + "**";
    }

    private static String percent(Object fraction) {
        return fraction instanceof Double d && Double.isFinite(d) ? String.format(Locale.ROOT, "%.2f %%", d * 100) : "—";
    }

    private static String number(Object value) {
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                return "—";
            }
            // Small ratios keep three significant figures: 0.00193, not 0.00.
            return String.format(Locale.ROOT, d >= 100 ? "%.0f" : d > 0 && d < 0.1 ? "%.3g" : "%.2f", d);
        }
        return String.valueOf(value);
    }
}
