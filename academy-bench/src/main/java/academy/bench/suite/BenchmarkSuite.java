package academy.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark suite: each figure with its baseline measured in the same run on the same machine,
 * written as a section of BENCHMARKS.md and as JSON beside it. Never a pass/fail test: it reports.
 * Each measurement is a class of its own ({@link StartupCost}, {@link StatementsPerRequest},
 * {@link PageCost} with {@link CompletionWrites}, {@link LatencyUnderLoad}, {@link ReadinessAtScale},
 * {@link CertificateRate}); this class runs the parts asked for, in that order, and writes the report.
 */
public final class BenchmarkSuite {

    private final SuiteSettings settings;
    private final Map<String, Object> report = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private BenchmarkSuite(SuiteSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        SuiteSettings settings;
        try {
            settings = SuiteSettings.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println(SuiteSettings.USAGE);
            System.exit(2);
            return;
        }
        new BenchmarkSuite(settings).run();
    }

    private void run() throws IOException, SQLException {
        if (!settings.parts().containsAll(SuiteSettings.PARTS)) {
            notes.add("Only part of the suite ran (" + String.join(", ", settings.parts()) + ").");
        }
        Files.createDirectories(settings.work());
        report.put("when", Instant.now().toString());
        report.put("machine", machine());
        report.put("data", SuiteDatabase.prepare(settings, scaleName(), report, notes));
        Actors actors = Actors.find(settings);
        if (settings.runs("startup")) {
            report.put("startup", StartupCost.measure(settings));
        }
        if (settings.runs("statements")) {
            report.put("statementsPerRequest", StatementsPerRequest.measure(settings, actors));
        }
        if (settings.runs("pages")) {
            PageCost.Result pages = PageCost.measure(settings, actors, notes);
            report.put("completionWrites", pages.completionWrites());
            report.put("pageCost", pages.pages());
        }
        if (settings.runs("load")) {
            report.put("latency", LatencyUnderLoad.measure(settings, actors));
        }
        if (settings.runs("readiness") || settings.runs("certificates")) {
            try (AcademyPersistence persistence = new AcademyPersistence(settings)) {
                if (settings.runs("readiness")) {
                    System.out.println("Readiness of every practice for every level…");
                    report.put("readiness", ReadinessAtScale.row(ReadinessAtScale.measure(settings, persistence, 3), notes));
                }
                if (settings.runs("certificates")) {
                    System.out.println("Certificates: the academy's pipeline and store against a minimal PDFBox page…");
                    report.put("certificates", CertificateRate.row(CertificateRate.measure(settings, persistence)));
                }
            }
        }
        report.put("notes", notes);
        Path json = settings.report().resolveSibling("benchmarks-scale-" + scaleName() + ".json");
        Files.writeString(json, Json.write(report));
        Files.writeString(settings.report(), Markdown.section(settings.report(), scaleName(), report, json.getFileName().toString()));
        System.out.println("Report written: " + settings.report() + " and " + json);
    }

    private String scaleName() {
        double scale = settings.scale();
        return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
    }

    private Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    machine.put("memoryMiB", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                }
            }
        } catch (IOException notLinux) {
            machine.put("memoryMiB", null);
        }
        return machine;
    }
}
