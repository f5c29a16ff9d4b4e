package academy.bench.suite;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import academy.bench.generate.CountryGenerator;

/**
 * Runs the Gatling simulation of academy-bench/load through Maven (the gatling-maven-plugin, in a
 * Maven process of its own) against an academy the suite started, and reads what it measured from
 * the run's simulation.log.
 */
final class GatlingLoad {

    /** One run: where Gatling wrote its results (the HTML report too) and what the log says. */
    record Run(Path results, LoadStats stats) {
    }

    private GatlingLoad() {
    }

    /**
     * Writes the accounts the virtual users sign in as: generated staff (not managers, not PPG) in a
     * random order, split into one file per run ({@code learners} in order: warm-up, load, single
     * user; a tenth, eight tenths, a tenth), so no run signs in as someone an earlier run used (quiz
     * attempts are limited per day); and the generated practices' managers. Every journey takes the
     * next account of its file.
     */
    static void writeAccounts(SuiteSettings settings, List<Path> learners, Path managers) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
            List<String> staff = accounts(connection, """
                    SELECT DISTINCT p.email FROM person p JOIN membership m ON m.person_id = p.id
                      JOIN practice pr ON pr.id = m.practice_id
                     WHERE pr.ods_code LIKE 'Q%' AND m.status = 'ACTIVE'
                       AND m.job_role NOT IN ('PPG_MEMBER', 'PRACTICE_MANAGER')""");
            Collections.shuffle(staff);
            List<List<String>> slices = slices(staff, List.of(1, 8, 1));
            for (int i = 0; i < learners.size(); i++) {
                Files.write(learners.get(i), csv(slices.get(i % slices.size())));
            }
            Files.write(managers, csv(accounts(connection, """
                    SELECT p.email FROM person p JOIN membership m ON m.person_id = p.id
                      JOIN practice pr ON pr.id = m.practice_id
                     WHERE pr.ods_code LIKE 'Q%' AND m.status = 'ACTIVE' AND m.job_role = 'PRACTICE_MANAGER'
                     ORDER BY md5(p.email) LIMIT 2000""")));
        }
    }

    /** Consecutive parts of {@code all} in the given proportions; none empty while {@code all} has enough. */
    static List<List<String>> slices(List<String> all, List<Integer> weights) {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        List<List<String>> slices = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < weights.size(); i++) {
            int later = weights.size() - 1 - i;
            int to = later == 0 ? all.size()
                    : Math.max(from, Math.min(all.size() - later, from + Math.max(1, all.size() * weights.get(i) / total)));
            slices.add(all.subList(from, to));
            from = to;
        }
        return slices;
    }

    private static List<String> csv(List<String> emails) {
        if (emails.isEmpty()) {
            throw new IllegalStateException("too few generated accounts to share between the load runs");
        }
        List<String> lines = new ArrayList<>(List.of("email,password"));
        emails.forEach(email -> lines.add(email + "," + CountryGenerator.PASSWORD));
        return lines;
    }

    private static List<String> accounts(Connection connection, String sql) throws SQLException {
        List<String> emails = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                emails.add(rows.getString(1));
            }
        }
        return emails;
    }

    static Run run(SuiteSettings settings, URI base, String name, int users, Duration rampUp, Duration duration,
            Duration think, Path learners, Path managers, String module) throws IOException {
        Path results = settings.work().resolve("gatling").resolve(name);
        Files.createDirectories(results);
        List<String> command = List.of("mvn", "-B", "-q", "-f", settings.load().pom().toString(), "gatling:test",
                "-Dbench.base=" + base, "-Dbench.users=" + users, "-Dbench.ramp.seconds=" + rampUp.toSeconds(),
                "-Dbench.load.seconds=" + duration.toSeconds(),
                "-Dbench.think.millis=" + think.toMillis(), "-Dbench.learners=" + learners,
                "-Dbench.managers=" + managers, "-Dbench.module=" + module, "-Dbench.results=" + results,
                "-Dbench.run=" + name);
        Path log = settings.work().resolve("gatling-" + name + ".log");
        Process gatling = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // Gatling fails the build when requests failed; the figures are read from the log anyway.
            gatling.waitFor();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            gatling.destroy();
            throw new IOException("interrupted", interrupted);
        }
        Path newest;
        try (Stream<Path> runs = Files.list(results)) {
            newest = runs.filter(run -> Files.exists(run.resolve("simulation.log")))
                    .max(Comparator.comparing(Path::getFileName))
                    .orElseThrow(() -> new IOException("Gatling wrote no simulation.log under " + results + "; see " + log));
        }
        return new Run(newest, LoadStats.parse(Files.readAllLines(newest.resolve("simulation.log")), rampUp));
    }
}
