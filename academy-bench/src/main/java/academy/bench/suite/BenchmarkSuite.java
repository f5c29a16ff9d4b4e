package academy.bench.suite;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import academy.bench.generate.CountryGenerator;
import academy.bench.generate.CountryGenerator.GeneratorOptions;

/**
 * The benchmark suite: each figure with its baseline measured in the same run on the same machine,
 * written as a section of BENCHMARKS.md and as JSON beside it. Never a pass/fail test: it reports.
 */
public final class BenchmarkSuite {

    /** One step of a journey, as a page a signed-in visitor (or nobody) opens. */
    record Step(String name, String who, String path) {
    }

    private static final Pattern STATEMENT_LINE = Pattern.compile("statements=([0-9]+) (GET|POST) (\\S+) status=([0-9]+)");

    private final SuiteSettings settings;
    private final Map<String, Object> report = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private Actors actors;

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
        prepareDatabase();
        actors = Actors.find(settings);
        if (settings.runs("startup")) {
            startup();
        }
        if (settings.runs("statements")) {
            statementsPerRequest();
        }
        if (settings.runs("pages")) {
            pageCost();
        }
        if (settings.runs("load")) {
            latencyUnderLoad();
        }
        if (settings.runs("readiness") || settings.runs("certificates")) {
            try (AcademyPersistence persistence = new AcademyPersistence(settings)) {
                if (settings.runs("readiness")) {
                    readiness(persistence);
                }
                if (settings.runs("certificates")) {
                    certificates(persistence);
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

    // ---- the database: schema, curriculum and the generated country -------------------------

    private void prepareDatabase() throws IOException, SQLException {
        if (!hasCurriculum()) {
            System.out.println("First start on this database: migrating the schema and loading the curriculum…");
            try (MicroInstance first = academy("first-start", false)) {
                notes.add("The database was new: the academy's first start migrated it and loaded the curriculum "
                        + "in " + first.startup().toSeconds() + " s (not counted below).");
            }
        }
        try (Connection connection = connect()) {
            int expected = Math.max(1, (int) Math.round(settings.scale() * 81));
            int generated = count(connection, "SELECT count(*) FROM practice WHERE ods_code LIKE 'Q%'");
            if (generated == 0) {
                System.out.println("Generating the country at scale " + scaleName() + "…");
                Instant started = Instant.now();
                Map<String, Long> rows = CountryGenerator.generate(connection, new GeneratorOptions(settings.scale(),
                        settings.seed(), LocalDate.now(ZoneOffset.UTC), settings.dbUrl(), settings.dbUser(),
                        settings.dbPassword()));
                report.put("generation", Map.of("seconds", Duration.between(started, Instant.now()).toSeconds(),
                        "rows", rows));
            } else if (generated != expected) {
                throw new IllegalStateException("The database holds a country of " + generated + " practices, not the "
                        + expected + " of scale " + scaleName() + ". Use a database per scale.");
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("scale", settings.scale());
            data.put("practices", count(connection, "SELECT count(*) FROM practice"));
            data.put("people", count(connection, "SELECT count(*) FROM person"));
            data.put("activeMemberships", count(connection, "SELECT count(*) FROM membership WHERE status = 'ACTIVE'"));
            data.put("completions", count(connection, "SELECT count(*) FROM learning_completion"));
            report.put("data", data);
        }
    }

    private boolean hasCurriculum() throws SQLException {
        try (Connection connection = connect()) {
            if (count(connection, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                    + "AND table_name = 'catalogue_module'") == 0) {
                return false;
            }
            return count(connection, "SELECT count(*) FROM catalogue_module") > 0;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
    }

    static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    // ---- instances ---------------------------------------------------------------------------

    private MicroInstance academy(String name, boolean countStatements) throws IOException {
        return MicroInstance.start(settings, name, Map.of(settings.academyWar(), "/"),
                settings.academyEnvironment(countStatements), "health/ready", body -> body.contains("\"UP\""));
    }

    private MicroInstance academyWithBaseline() throws IOException {
        Map<Path, String> wars = new LinkedHashMap<>();
        wars.put(settings.academyWar(), "/");
        wars.put(BaselineWar.write(settings.work()), "/baseline");
        List<String> jvm = new ArrayList<>();
        if (settings.load().flightRecording()) {
            Path recording = recordingFile("academy-pages");
            jvm.addAll(flightRecording(recording));
            notes.add("The academy ran under JFR while its pages and completion writes were measured: `" + recording + "`.");
        }
        return MicroInstance.start(settings, "pages", wars, settings.academyEnvironment(false), jvm, "health/ready",
                body -> body.contains("\"UP\""));
    }

    /** JVM options that record the instance with JFR's profile settings into the file, with stacks deep enough for Faces. */
    private static List<String> flightRecording(Path recording) {
        return List.of("-XX:FlightRecorderOptions:stackdepth=512",
                "-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
    }

    /** Where a flight recording of one instance goes: beside the suite's work directory, named by time. */
    private Path recordingFile(String name) {
        return settings.work().getParent().resolve(name + "-"
                + Instant.now().toString().replaceAll("[^0-9T]", "").substring(0, 15) + ".jfr");
    }

    private MicroInstance baselineOnly() throws IOException {
        return MicroInstance.start(settings, "baseline", Map.of(BaselineWar.write(settings.work()), "/baseline"),
                Map.of(), "baseline/hello", "hello"::equals);
    }

    // ---- 6. start-up and memory ----------------------------------------------------------------

    private void startup() throws IOException {
        List<Long> academyMillis = new ArrayList<>();
        List<Long> academyRss = new ArrayList<>();
        List<Long> baselineMillis = new ArrayList<>();
        List<Long> baselineRss = new ArrayList<>();
        for (int run = 1; run <= settings.startups(); run++) {
            System.out.println("Start-up " + run + " of " + settings.startups() + "…");
            try (MicroInstance baseline = baselineOnly()) {
                baselineMillis.add(baseline.startup().toMillis());
                baselineRss.add(baseline.rssKilobytes());
            }
            try (MicroInstance academy = academy("startup", false)) {
                academyMillis.add(academy.startup().toMillis());
                academyRss.add(academy.rssKilobytes());
            }
        }
        Map<String, Object> startup = new LinkedHashMap<>();
        startup.put("runs", settings.startups());
        startup.put("academyMillis", median(academyMillis));
        startup.put("baselineMillis", median(baselineMillis));
        startup.put("ratio", ratio(median(academyMillis), median(baselineMillis)));
        startup.put("academyRssMiB", median(academyRss) / 1024);
        startup.put("baselineRssMiB", median(baselineRss) / 1024);
        startup.put("rssRatio", ratio(median(academyRss), median(baselineRss)));
        startup.put("target", "start-up ≤ 2× the empty WAR");
        startup.put("verdict", Targets.atMost((double) startup.get("ratio"), 2.0).word());
        report.put("startup", startup);
    }

    // ---- SQL statements per request ------------------------------------------------------------

    private List<Step> steps() {
        String module = actors.moduleSlug();
        return List.of(
                new Step("browse the catalogue", "anonymous", "catalogue/index.xhtml"),
                new Step("open a module", "learner", "catalogue/module.xhtml?slug=" + module),
                new Step("read a lesson", "learner", "catalogue/lesson.xhtml?slug=" + module + "&n=1"),
                new Step("my learning", "learner", "learning/my-learning.xhtml"),
                new Step("home", "learner", "home.xhtml"),
                new Step("training matrix", "manager", "practice/matrix.xhtml"),
                new Step("readiness", "manager", "accreditation/readiness.xhtml"));
    }

    private void statementsPerRequest() throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (MicroInstance academy = academy("statements", true)) {
            Map<String, WebSession> sessions = sessions(academy, 1);
            for (Step step : steps()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("step", step.name());
                row.put("path", step.path());
                WebSession session = sessions.get(step.who());
                HttpResponse<String> first = get(academy, session, step.path());
                if (first.statusCode() != 200) {
                    row.put("status", first.statusCode());
                    row.put("statements", null);
                    rows.add(row);
                    continue;
                }
                long before = Files.size(academy.log());
                get(academy, session, step.path());
                row.put("status", 200);
                row.put("statements", statementsLogged(academy.log(), before, step.path()).orElse(null));
                rows.add(row);
            }
        }
        report.put("statementsPerRequest", rows);
    }

    private static HttpResponse<String> get(MicroInstance academy, WebSession session, String path) throws IOException {
        return session == null ? WebSession.anonymous(academy.base()).get(path) : session.get(path);
    }

    private static Optional<Integer> statementsLogged(Path log, long from, String path) throws IOException {
        String requestPath = "/" + path;
        for (int attempt = 0; attempt < 20; attempt++) {
            byte[] bytes = Files.readAllBytes(log);
            String tail = new String(bytes, (int) Math.min(from, bytes.length), (int) (bytes.length - Math.min(from, bytes.length)));
            Matcher line = STATEMENT_LINE.matcher(tail);
            while (line.find()) {
                if (line.group(3).equals(requestPath)) {
                    return Optional.of(Integer.parseInt(line.group(1)));
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    /** A signed-in session per kind of visitor ("learner", "manager"); {@code copies} learners for load. */
    private Map<String, WebSession> sessions(MicroInstance academy, int copies) throws IOException {
        Map<String, WebSession> sessions = new LinkedHashMap<>();
        sessions.put("learner", WebSession.signIn(academy.base(), actors.learners().get(0).email(), CountryGenerator.PASSWORD));
        sessions.put("manager", WebSession.signIn(academy.base(), actors.manager(), CountryGenerator.PASSWORD));
        for (int i = 1; i < copies; i++) {
            sessions.put("learner" + i, WebSession.signIn(academy.base(),
                    actors.learners().get(i % actors.learners().size()).email(), CountryGenerator.PASSWORD));
        }
        return sessions;
    }

    // ---- 1. page cost --------------------------------------------------------------------------

    private void pageCost() throws IOException {
        Map<String, Object> pages = new LinkedHashMap<>();
        try (MicroInstance instance = academyWithBaseline()) {
            Map<String, WebSession> sessions = sessions(instance, settings.connections());
            List<String> learnerCookies = new ArrayList<>();
            sessions.forEach((who, session) -> {
                if (who.startsWith("learner")) {
                    learnerCookies.add(session.cookieHeader());
                }
            });
            Wrk.Result baseline = Wrk.measure(settings, instance.base().resolve("baseline/hello").toString(), List.of());
            pages.put("baseline", result(baseline));
            String modulePath = "catalogue/module.xhtml?slug=" + actors.moduleSlug();
            requireSignedInPage(sessions.get("learner"), modulePath);
            Wrk.Result module = Wrk.measure(settings, instance.base().resolve(modulePath).toString(), learnerCookies);
            Map<String, Object> moduleRow = result(module);
            moduleRow.put("ratioToBaseline", ratio(module.requestsPerSecond(), baseline.requestsPerSecond()));
            moduleRow.put("target", "≥ 0.20 of the minimal servlet");
            moduleRow.put("verdict", Targets.atLeast(ratio(module.requestsPerSecond(), baseline.requestsPerSecond()), 0.20).word());
            pages.put("modulePage", moduleRow);
            String matrixPath = "practice/matrix.xhtml";
            if (sessions.get("manager").get(matrixPath).statusCode() == 200) {
                requireSignedInPage(sessions.get("manager"), matrixPath);
                Wrk.Result matrix = Wrk.measure(settings, instance.base().resolve(matrixPath).toString(),
                        List.of(sessions.get("manager").cookieHeader()));
                Map<String, Object> matrixRow = result(matrix);
                matrixRow.put("ratioToBaseline", ratio(matrix.requestsPerSecond(), baseline.requestsPerSecond()));
                pages.put("trainingMatrix", matrixRow);
            } else {
                notes.add("The training matrix page (" + matrixPath + ") is not in this build: not measured.");
            }
            completionWrites(sessions);
        }
        report.put("pageCost", pages);
    }

    // ---- 2. latency under load ----------------------------------------------------------------

    private void latencyUnderLoad() throws IOException {
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
            recording = recordingFile("academy-load");
            jvm.addAll(flightRecording(recording));
        }
        // Alone, one person: short pauses, so there are many samples; pauses do not change a lone request's time.
        Duration singleThink = Duration.ofMillis(200);
        GatlingLoad.Run underLoad;
        GatlingLoad.Run single;
        try (MicroInstance academy = MicroInstance.start(settings, "load", Map.of(settings.academyWar(), "/"),
                settings.academyEnvironment(false), jvm, "health/ready", body -> body.contains("\"UP\""))) {
            System.out.println("Latency: warming up, then " + load.users() + " virtual users for "
                    + load.loadDuration().toSeconds() + " s, then one user for " + load.singleDuration().toSeconds() + " s…");
            GatlingLoad.run(settings, academy.base(), "warm-up", Math.min(10, load.users()), Duration.ZERO, settings.warmUp(),
                    singleThink, learners.get(0), managers, actors.moduleSlug());
            underLoad = GatlingLoad.run(settings, academy.base(), "load", load.users(), rampUp(load), load.loadDuration(),
                    load.think(), learners.get(1), managers, actors.moduleSlug());
            single = GatlingLoad.run(settings, academy.base(), "single-user", 1, Duration.ZERO, load.singleDuration(),
                    singleThink, learners.get(2), managers, actors.moduleSlug());
        }
        report.put("latency", latencyReport(load, underLoad, single, singleThink, recording));
    }

    /** Users arrive over a quarter of the measured time, at most 30 s; that time is not counted. */
    static Duration rampUp(SuiteSettings.Load load) {
        Duration quarter = load.loadDuration().dividedBy(4);
        return quarter.compareTo(Duration.ofSeconds(30)) < 0 ? quarter : Duration.ofSeconds(30);
    }

    static Map<String, Object> latencyReport(SuiteSettings.Load load, GatlingLoad.Run underLoad, GatlingLoad.Run single,
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
            row.put("ratio", ratio(step.p95(), singleP95));
            row.put("verdict", Targets.latency(step.p95(), singleP95, step.errors()).word());
            steps.add(row);
        });
        latency.put("steps", steps);
        return latency;
    }

    // ---- 4. readiness at scale ---------------------------------------------------------------

    private void readiness(AcademyPersistence persistence) throws SQLException {
        System.out.println("Readiness of every practice for every level…");
        ReadinessAtScale.Result result = ReadinessAtScale.measure(settings, persistence, 3);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("practices", result.practices());
        row.put("batch", ReadinessAtScale.BATCH);
        row.put("runs", result.runs());
        row.put("academyMillis", result.academyMillis());
        row.put("sqlMillis", result.sqlMillis());
        row.put("ratio", result.ratio());
        row.put("academyLevels", result.academyCounts().levels());
        row.put("sqlLevels", result.sqlCounts().levels());
        row.put("academyCriteria", result.academyCounts().criteria());
        row.put("sqlCriteria", result.sqlCounts().criteria());
        row.put("countsAgree", result.countsAgree());
        row.put("target", "≤ 2× the SQL aggregate");
        row.put("verdict", Targets.readiness(result.ratio(), result.countsAgree()).word());
        if (!result.countsAgree()) {
            notes.add("Readiness: the academy and the SQL aggregate disagree on how many practices meet a level or "
                    + "criterion " + result.academyCounts() + " vs " + result.sqlCounts() + ": one of them is wrong.");
        }
        if (result.academyCounts().levels().values().stream().allMatch(count -> count == 0)) {
            notes.add("Readiness: no practice meets even the lowest level (in the generated country, uptake figures "
                    + "carry no evidence, so no metric criterion is met); the two ways are compared on the counts per "
                    + "criterion as well.");
        }
        report.put("readiness", row);
    }

    // ---- 5. certificates -----------------------------------------------------------------------

    private void certificates(AcademyPersistence persistence) throws IOException, SQLException {
        System.out.println("Certificates: the academy's pipeline and store against a minimal PDFBox page…");
        CertificateRate.Result result = CertificateRate.measure(settings, persistence);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("academyPerSecond", result.academyPerSecond());
        row.put("academyCertificates", result.academyCertificates());
        row.put("minimalPerSecond", result.minimalPerSecond());
        row.put("minimalDocuments", result.minimalDocuments());
        row.put("ratio", result.ratio());
        row.put("target", "≥ 0.25 of the minimal PDFBox page");
        row.put("verdict", Targets.atLeast(result.ratio(), 0.25).word());
        report.put("certificates", row);
    }

    // ---- 3. completion writes ------------------------------------------------------------------

    private void completionWrites(Map<String, WebSession> sessions) throws IOException {
        int clients = Math.min(8, actors.learners().size());
        List<CompletionWrites.Writer> writers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Learner learner = actors.learners().get(i);
            WebSession session = i == 0 ? sessions.get("learner") : sessions.get("learner" + i);
            writers.add(new CompletionWrites.Writer(learner.personId(), learner.practiceId(), session));
        }
        try {
            CompletionWrites.Result result = CompletionWrites.measure(settings, writers, actors.moduleSlug());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("clients", result.clients());
            row.put("httpPerSecond", result.httpPerSecond());
            row.put("httpWrites", result.httpWrites());
            row.put("httpFailures", result.httpFailures());
            row.put("pgbenchPerSecond", result.pgbenchPerSecond());
            row.put("ratio", result.ratio());
            row.put("target", "≥ 0.5 of pgbench");
            row.put("verdict", Targets.atLeast(result.ratio(), 0.5).word());
            report.put("completionWrites", row);
        } catch (SQLException failed) {
            throw new IOException("the completion-write benchmark could not prepare its data", failed);
        }
    }

    private static void requireSignedInPage(WebSession session, String path) throws IOException {
        HttpResponse<String> page = session.get(path);
        if (page.statusCode() != 200 || page.body().contains("type=\"password\"")) {
            throw new IOException("GET /" + path + " did not show the signed-in page (status " + page.statusCode()
                    + "); measuring it would measure the sign-in page instead");
        }
    }

    private static Map<String, Object> result(Wrk.Result result) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("url", result.url());
        row.put("requestsPerSecond", result.requestsPerSecond());
        row.put("p50Millis", result.p50Millis());
        row.put("p99Millis", result.p99Millis());
        row.put("requests", result.requests());
        row.put("errors", result.errors());
        return row;
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    static double ratio(double value, double baseline) {
        return baseline == 0 ? Double.NaN : value / baseline;
    }

    /** A generated receptionist: signs in by email, writes completions as that person at that practice. */
    record Learner(String email, long personId, long practiceId) {
    }

    /** The generated people the suite signs in as: learners and a manager of the first practices. */
    record Actors(List<Learner> learners, String manager, String moduleSlug) {

        static Actors find(SuiteSettings settings) throws SQLException {
            try (Connection connection = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
                List<Learner> learners = new ArrayList<>();
                try (PreparedStatement query = connection.prepareStatement("""
                        SELECT p.email, p.id, pr.id FROM person p JOIN membership m ON m.person_id = p.id
                          JOIN practice pr ON pr.id = m.practice_id
                         WHERE pr.ods_code LIKE 'Q%' AND m.status = 'ACTIVE' AND m.job_role = 'RECEPTIONIST'
                         ORDER BY pr.ods_code, p.id LIMIT 64""");
                        ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        learners.add(new Learner(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                    }
                }
                String manager;
                try (PreparedStatement query = connection.prepareStatement("""
                        SELECT p.email FROM person p JOIN membership m ON m.person_id = p.id
                          JOIN practice pr ON pr.id = m.practice_id
                         WHERE pr.ods_code = 'Q00001' AND m.status = 'ACTIVE' AND m.job_role = 'PRACTICE_MANAGER'""");
                        ResultSet rows = query.executeQuery()) {
                    if (!rows.next() || learners.isEmpty()) {
                        throw new IllegalStateException("the generated country has no manager or receptionists");
                    }
                    manager = rows.getString(1);
                }
                return new Actors(learners, manager, "online-access-registration");
            }
        }
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
