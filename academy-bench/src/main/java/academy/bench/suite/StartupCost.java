package academy.bench.suite;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 6. Start-up time and memory: the academy against the empty baseline WAR, the median of several starts. */
final class StartupCost {

    private StartupCost() {
    }

    static Map<String, Object> measure(SuiteSettings settings) throws IOException {
        List<Long> academyMillis = new ArrayList<>();
        List<Long> academyRss = new ArrayList<>();
        List<Long> baselineMillis = new ArrayList<>();
        List<Long> baselineRss = new ArrayList<>();
        for (int run = 1; run <= settings.startups(); run++) {
            System.out.println("Start-up " + run + " of " + settings.startups() + "…");
            try (MicroInstance baseline = Instances.baselineOnly(settings)) {
                baselineMillis.add(baseline.startup().toMillis());
                baselineRss.add(baseline.rssKilobytes());
            }
            try (MicroInstance academy = Instances.academy(settings, "startup", false)) {
                academyMillis.add(academy.startup().toMillis());
                academyRss.add(academy.rssKilobytes());
            }
        }
        long academy = Figures.median(academyMillis);
        long baseline = Figures.median(baselineMillis);
        Map<String, Object> startup = new LinkedHashMap<>();
        startup.put("runs", settings.startups());
        startup.put("academyMillis", academy);
        startup.put("baselineMillis", baseline);
        startup.put("ratio", Figures.ratio(academy, baseline));
        startup.put("academyRssMiB", Figures.median(academyRss) / 1024);
        startup.put("baselineRssMiB", Figures.median(baselineRss) / 1024);
        startup.put("rssRatio", Figures.ratio(Figures.median(academyRss), Figures.median(baselineRss)));
        startup.put("target", "start-up ≤ 2× the empty WAR");
        startup.put("verdict", Targets.atMost(Figures.ratio(academy, baseline), 2.0).word());
        return startup;
    }
}
