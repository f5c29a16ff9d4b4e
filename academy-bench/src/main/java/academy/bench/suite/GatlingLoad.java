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
     * fixed shuffled order, and the generated practices' managers. Every journey takes the next one.
     */
    static void writeAccounts(SuiteSettings settings, Path learners, Path managers) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
            Files.write(learners, accounts(connection, """
                    SELECT p.email FROM person p JOIN membership m ON m.person_id = p.id
                      JOIN practice pr ON pr.id = m.practice_id
                     WHERE pr.ods_code LIKE 'Q%' AND m.status = 'ACTIVE'
                       AND m.job_role NOT IN ('PPG_MEMBER', 'PRACTICE_MANAGER')
                     ORDER BY md5(p.email) LIMIT 20000"""));
            Files.write(managers, accounts(connection, """
                    SELECT p.email FROM person p JOIN membership m ON m.person_id = p.id
                      JOIN practice pr ON pr.id = m.practice_id
                     WHERE pr.ods_code LIKE 'Q%' AND m.status = 'ACTIVE' AND m.job_role = 'PRACTICE_MANAGER'
                     ORDER BY md5(p.email) LIMIT 2000"""));
        }
    }

    private static List<String> accounts(Connection connection, String sql) throws SQLException {
        List<String> lines = new ArrayList<>(List.of("email,password"));
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                lines.add(rows.getString(1) + "," + CountryGenerator.PASSWORD);
            }
        }
        if (lines.size() == 1) {
            throw new IllegalStateException("the generated country has no accounts for: " + sql);
        }
        return lines;
    }

    static Run run(SuiteSettings settings, URI base, String name, int users, Duration duration, Duration think,
            Path learners, Path managers, String module) throws IOException {
        Path results = settings.work().resolve("gatling").resolve(name);
        Files.createDirectories(results);
        List<String> command = List.of("mvn", "-B", "-q", "-f", settings.load().pom().toString(), "gatling:test",
                "-Dbench.base=" + base, "-Dbench.users=" + users, "-Dbench.load.seconds=" + duration.toSeconds(),
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
        return new Run(newest, LoadStats.parse(Files.readAllLines(newest.resolve("simulation.log"))));
    }
}
