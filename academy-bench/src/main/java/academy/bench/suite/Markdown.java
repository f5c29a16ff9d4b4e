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
        out.append("| measurement | academy | baseline | ratio | target |\n|---|---|---|---|---|\n");
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
                            .append(key.equals("modulePage") ? "≥ 0.20" : "—").append(" |\n");
                }
            }
        }
        Map<String, Object> writes = (Map<String, Object>) report.get("completionWrites");
        if (writes != null) {
            out.append("| completions recorded per second (").append(writes.get("clients")).append(" clients; HTTP with audit row) | ")
                    .append(number(writes.get("httpPerSecond"))).append(" | ").append(number(writes.get("pgbenchPerSecond")))
                    .append(" (pgbench, the same SQL) | ").append(number(writes.get("ratio"))).append(" | ≥ 0.50 |\n");
        }
        Map<String, Object> startup = (Map<String, Object>) report.get("startup");
        if (startup != null) {
            out.append("| start-up to ready, ms (median of ").append(startup.get("runs")).append(") | ")
                    .append(startup.get("academyMillis")).append(" | ").append(startup.get("baselineMillis"))
                    .append(" (minimal WAR) | ").append(number(startup.get("ratio"))).append(" | ≤ 2 |\n");
            out.append("| resident memory at ready, MiB | ").append(startup.get("academyRssMiB")).append(" | ")
                    .append(startup.get("baselineRssMiB")).append(" (minimal WAR) | ").append(number(startup.get("rssRatio")))
                    .append(" | — |\n");
        }
        out.append('\n');
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

    private static String number(Object value) {
        if (value instanceof Double d) {
            return Double.isFinite(d) ? String.format(Locale.ROOT, d >= 100 ? "%.0f" : "%.2f", d) : "—";
        }
        return String.valueOf(value);
    }
}
