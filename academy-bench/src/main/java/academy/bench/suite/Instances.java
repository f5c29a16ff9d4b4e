package academy.bench.suite;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Payara Micro instances the measurements start: the academy alone, the academy beside the
 * empty baseline WAR, and the baseline alone; and the JFR options for an instance to be profiled.
 */
final class Instances {

    private Instances() {
    }

    static MicroInstance academy(SuiteSettings settings, String name, boolean countStatements) throws IOException {
        return academy(settings, name, countStatements, List.of());
    }

    static MicroInstance academy(SuiteSettings settings, String name, boolean countStatements, List<String> jvm)
            throws IOException {
        return MicroInstance.start(settings, name, Map.of(settings.academyWar(), "/"),
                settings.academyEnvironment(countStatements), jvm, "health/ready", body -> body.contains("\"UP\""));
    }

    /** The academy at "/" and the baseline at "/baseline" in one instance; under JFR when the settings ask. */
    static MicroInstance academyWithBaseline(SuiteSettings settings, List<String> notes) throws IOException {
        Map<Path, String> wars = new LinkedHashMap<>();
        wars.put(settings.academyWar(), "/");
        wars.put(BaselineWar.write(settings.work()), "/baseline");
        List<String> jvm = new ArrayList<>();
        if (settings.load().flightRecording()) {
            Path recording = recordingFile(settings, "academy-pages");
            jvm.addAll(flightRecording(recording));
            notes.add("The academy ran under JFR while its pages and completion writes were measured: `" + recording + "`.");
        }
        return MicroInstance.start(settings, "pages", wars, settings.academyEnvironment(false), jvm, "health/ready",
                body -> body.contains("\"UP\""));
    }

    static MicroInstance baselineOnly(SuiteSettings settings) throws IOException {
        return MicroInstance.start(settings, "baseline", Map.of(BaselineWar.write(settings.work()), "/baseline"),
                Map.of(), "baseline/hello", "hello"::equals);
    }

    /** JVM options that record the instance with JFR's profile settings into the file, with stacks deep enough for Faces. */
    static List<String> flightRecording(Path recording) {
        return List.of("-XX:FlightRecorderOptions:stackdepth=512",
                "-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
    }

    /** Where a flight recording of one instance goes: beside the suite's work directory, named by time. */
    static Path recordingFile(SuiteSettings settings, String name) {
        return settings.work().getParent().resolve(name + "-"
                + Instant.now().toString().replaceAll("[^0-9T]", "").substring(0, 15) + ".jfr");
    }
}
