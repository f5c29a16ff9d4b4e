package academy.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LatencyReportTest {

    private static LoadStats stats(LoadStats.Step... steps) {
        Map<String, LoadStats.Step> byName = new LinkedHashMap<>();
        for (LoadStats.Step step : steps) {
            byName.put(step.name(), step);
        }
        return new LoadStats(byName, 1000, 2);
    }

    @Test
    void eachStepUnderLoadIsDividedByTheSameStepAlone() {
        SuiteSettings.Load load = new SuiteSettings.Load(Path.of("load/pom.xml"), 100, Duration.ofSeconds(300),
                Duration.ofSeconds(60), Duration.ofSeconds(3), true);
        GatlingLoad.Run underLoad = new GatlingLoad.Run(Path.of("load"), stats(
                new LoadStats.Step("read a lesson", 500, 0, 40, 120, 200),
                new LoadStats.Step("readiness", 50, 2, 90, 250, 400),
                new LoadStats.Step("start the module", 10, 0, 30, 60, 70)));
        GatlingLoad.Run alone = new GatlingLoad.Run(Path.of("single"), stats(
                new LoadStats.Step("read a lesson", 40, 0, 20, 30, 35),
                new LoadStats.Step("readiness", 4, 0, 80, 100, 100)));

        Map<String, Object> report = LatencyUnderLoad.report(load, underLoad, alone, Duration.ofMillis(200),
                Path.of("target/academy-load.jfr"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) report.get("steps");
        assertThat(steps).extracting(s -> s.get("step")).containsExactly("read a lesson", "readiness", "start the module");
        assertThat(steps.get(0)).containsEntry("ratio", 4.0).containsEntry("verdict", "missed");
        assertThat(steps.get(1)).containsEntry("ratio", 2.5).containsEntry("verdict", "missed"); // two errors
        assertThat(steps.get(2)).containsEntry("singleUserCount", 0).containsEntry("verdict", "not measured");
        assertThat(report).containsEntry("errorRate", 0.002).containsEntry("flightRecording", "target/academy-load.jfr");
    }
}
