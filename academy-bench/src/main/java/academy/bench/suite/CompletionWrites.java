package academy.bench.suite;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completions recorded per second: over HTTP through the academy (an external report with an
 * idempotency key: checks, the person's lock, the enrolment, the completion, the audit row), against
 * pgbench running the same writes as plain SQL on the same database with the same number of clients.
 */
final class CompletionWrites {

    record Result(double httpPerSecond, long httpWrites, long httpFailures, double pgbenchPerSecond, int clients) {
        double ratio() {
            return pgbenchPerSecond == 0 ? Double.NaN : httpPerSecond / pgbenchPerSecond;
        }
    }

    /** One learner writing: who they are in the database and their signed-in session. */
    record Writer(long personId, long practiceId, WebSession session) {
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    /** How the idempotency keys of the reports the suite writes begin: over HTTP, and by pgbench. */
    static final String HTTP_KEY = "bench-";
    static final String SQL_KEY = "pgbench-";

    private CompletionWrites() {
    }

    static Result measure(SuiteSettings settings, List<Writer> writers, String moduleSlug) throws IOException, SQLException {
        long[] version = currentVersion(settings, moduleSlug);
        String body = "{\"module\":\"" + moduleSlug + "\",\"version\":" + version[2] + ",\"score\":90,\"completedAt\":\""
                + Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS) + "\"}";
        try {
            post(writers, body, settings.warmUp());
            long[] counts = post(writers, body, settings.measure());
            double http = counts[0] / (double) settings.measure().toSeconds();
            double pgbench = pgbench(settings, writers, version);
            return new Result(http, counts[0], counts[1], pgbench, writers.size());
        } finally {
            System.out.println("Completion writes: took out the " + removeWrites(settings, writers)
                    + " completions written while measuring, with their audit rows.");
        }
    }

    /**
     * Takes out what the measurement wrote, both ways (the keys say which: {@value #HTTP_KEY} and
     * {@value #SQL_KEY}), with its audit rows, and points the enrolments back at the completion
     * they had. The writers are the learners whose pages the suite measures and whose practice's
     * matrix it opens; tens of thousands of extra completions a run made every later run slower.
     */
    static int removeWrites(SuiteSettings settings, List<Writer> writers) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                    PreparedStatement written = connection.prepareStatement("CREATE TEMPORARY TABLE bench_written ON COMMIT DROP AS "
                            + "SELECT id FROM learning_completion c WHERE person_id = ANY (?) "
                            + "AND (idempotency_key LIKE '" + HTTP_KEY + "%' OR idempotency_key LIKE '" + SQL_KEY + "%') "
                            + "AND NOT EXISTS (SELECT 1 FROM certificate t WHERE t.completion_id = c.id)")) {
                // Nothing points at these rows once the enrolments are pointed back (certificates are
                // excluded above), so the foreign-key checks of the delete, a scan of every enrolment
                // per row, are skipped where the account may skip them (a superuser, as on a bench).
                statement.execute("SAVEPOINT checks");
                try {
                    statement.execute("SET LOCAL session_replication_role = replica");
                } catch (SQLException notAllowed) {
                    statement.execute("ROLLBACK TO SAVEPOINT checks");
                }
                written.setArray(1, connection.createArrayOf("bigint", writers.stream().map(Writer::personId).toArray()));
                written.executeUpdate();
                statement.execute("ALTER TABLE bench_written ADD PRIMARY KEY (id)");
                statement.executeUpdate("DELETE FROM audit_entry WHERE subject_type = 'completion' "
                        + "AND subject_key IN (SELECT id::text FROM bench_written)");
                statement.executeUpdate("UPDATE learning_enrolment e SET latest_completion_id = (SELECT c.id FROM learning_completion c "
                        + "WHERE c.person_id = e.person_id AND c.module_id = e.module_id "
                        + "AND NOT EXISTS (SELECT 1 FROM bench_written w WHERE w.id = c.id) "
                        + "ORDER BY c.completed_at DESC, c.id DESC LIMIT 1) "
                        + "WHERE e.latest_completion_id IN (SELECT id FROM bench_written)");
                int removed = statement.executeUpdate("DELETE FROM learning_completion WHERE id IN (SELECT id FROM bench_written)");
                connection.commit();
                return removed;
            } catch (SQLException failed) {
                connection.rollback();
                throw failed;
            }
        }
    }

    /** Every writer posts reports, each with a new key, for {@code duration}: [written, failed]. */
    private static long[] post(List<Writer> writers, String body, Duration duration) throws IOException {
        AtomicLong written = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Writer writer : writers) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            HttpResponse<String> answer = writer.session().postJson("api/v1/me/completions", body,
                                    Map.of("Idempotency-Key", HTTP_KEY + UUID.randomUUID()));
                            (answer.statusCode() == 201 ? written : failed).incrementAndGet();
                        } catch (IOException broken) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> task : running) {
                task.get();
            }
        } catch (Exception interrupted) {
            throw new IOException("the writers stopped", interrupted);
        } finally {
            pool.shutdownNow();
        }
        return new long[] {written.get(), failed.get()};
    }

    /** {module id, version id, version number} of the module's current version. */
    private static long[] currentVersion(SuiteSettings settings, String slug) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
                PreparedStatement query = connection.prepareStatement("SELECT m.id, v.id, v.version_number FROM "
                        + "catalogue_module m JOIN catalogue_module_version v ON v.id = m.current_version_id WHERE m.slug = ?")) {
            query.setString(1, slug);
            try (var row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no module " + slug);
                }
                return new long[] {row.getLong(1), row.getLong(2), row.getInt(3)};
            }
        }
    }

    /**
     * The same writes as one academy request, in SQL: find an earlier report with the key, lock the
     * person, make the enrolment if absent and lock it, add the completion, point the enrolment at it,
     * add the audit row. Run by pgbench with as many clients as there were writers.
     */
    private static double pgbench(SuiteSettings settings, List<Writer> writers, long[] version) throws IOException, SQLException {
        try (Connection connection = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_writer");
            statement.execute("CREATE TABLE bench_writer (n INTEGER PRIMARY KEY, person_id BIGINT NOT NULL, practice_id BIGINT NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_writer VALUES (?, ?, ?)")) {
                for (int i = 0; i < writers.size(); i++) {
                    insert.setInt(1, i + 1);
                    insert.setLong(2, writers.get(i).personId());
                    insert.setLong(3, writers.get(i).practiceId());
                    insert.executeUpdate();
                }
            }
        }
        Path script = settings.work().resolve("completion.sql");
        Files.writeString(script, """
                \\set n random(1, %d)
                \\set k random(1, 1000000000000)
                SELECT person_id AS p, practice_id AS pr FROM bench_writer WHERE n = :n \\gset
                BEGIN;
                SELECT id FROM learning_completion WHERE person_id = :p AND idempotency_key = '%8$s' || :k;
                SELECT id FROM person WHERE id = :p FOR UPDATE;
                INSERT INTO learning_enrolment (id, person_id, module_id, started_at, last_activity_at)
                  VALUES (nextval('learning_seq'), :p, %d, now(), now()) ON CONFLICT (person_id, module_id) DO NOTHING;
                SELECT id FROM learning_enrolment WHERE person_id = :p AND module_id = %d FOR UPDATE;
                SELECT id FROM learning_completion WHERE person_id = :p AND idempotency_key = '%8$s' || :k;
                INSERT INTO learning_completion (id, person_id, module_id, module_version_id, version_number, score,
                    completed_at, expires_at, practice_id, source, idempotency_key, recorded_at)
                  VALUES (nextval('learning_seq'), :p, %d, %d, %d, 90, now() - interval '1 minute', NULL, :pr,
                    'EXTERNAL', '%8$s' || :k, now()) RETURNING id AS c \\gset
                UPDATE learning_enrolment SET latest_completion_id = :c, last_activity_at = now()
                  WHERE person_id = :p AND module_id = %d;
                INSERT INTO audit_entry (id, created_at, person_id, actor_name, action, subject_type, subject_key,
                    practice_id, client_address, details)
                  VALUES (nextval('audit_seq'), now(), :p, 'pgbench', 'learning.completed', 'completion', :c, :pr,
                    '127.0.0.1', 'pgbench external report');
                END;
                """.formatted(writers.size(), version[0], version[0], version[0], version[1], version[2], version[0], SQL_KEY));
        String database = settings.dbUrl().replaceFirst(".*/", "").replaceFirst("\\?.*", "");
        List<String> command = List.of("pgbench", "-h", "127.0.0.1", "-U", settings.dbUser(), "-n", "-c",
                Integer.toString(writers.size()), "-j", "2", "-T", Long.toString(settings.measure().toSeconds()),
                "-f", script.toString(), database);
        Process pgbench = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(pgbench.getInputStream().readAllBytes());
        try {
            if (pgbench.waitFor() != 0) {
                throw new IOException("pgbench failed:\n" + output);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IOException("pgbench printed no rate:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }
}
