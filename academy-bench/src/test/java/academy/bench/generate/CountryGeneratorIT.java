package academy.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import academy.bench.generate.CountryGenerator.GeneratorOptions;

/**
 * The generator against real PostgreSQL: the academy's own migrations in a schema of this test's,
 * a small curriculum, and a few practices. Checks what a benchmark relies on: the rows are there,
 * they hang together, the run can be repeated exactly, and the academy's sequences moved past them.
 */
class CountryGeneratorIT {

    private static final String SCHEMA = "bench_generator_it";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final String url = System.getProperty("academy.test.db.url", "jdbc:postgresql://127.0.0.1:5432/academy_test");
    private final String user = System.getProperty("academy.test.db.user", "postgres");
    private final String password = System.getProperty("academy.test.db.password", "");

    @BeforeEach
    void freshSchemaWithCurriculum() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
        Flyway.configure().dataSource(url, user, password).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations("classpath:db/migration").load().migrate();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            module(statement, 1, "data-security", "STAFF", "12");
            module(statement, 2, "register-online", "STAFF", "NULL");
            module(statement, 3, "digital-champion", "PPG", "NULL");
            module(statement, 4, "low-confidence", "BOTH", "24");
            statement.execute("INSERT INTO catalogue_path (id, slug, title, roles, module_slugs, active) VALUES "
                    + "(101, 'all-staff', 'All staff', 'administrator,gp,healthcare-assistant,nurse,other,pharmacist,"
                    + "practice-manager,receptionist', 'data-security,low-confidence', TRUE), "
                    + "(102, 'reception', 'Reception', 'receptionist,administrator', 'register-online', TRUE), "
                    + "(103, 'ppg', 'PPG', 'ppg-member', 'digital-champion,low-confidence', TRUE)");
        }
    }

    private static void module(Statement statement, int id, String slug, String audience, String refresh)
            throws SQLException {
        statement.execute("INSERT INTO catalogue_module (id, slug, retired) VALUES (" + id + ", '" + slug + "', FALSE)");
        statement.execute("INSERT INTO catalogue_module_version (id, module_id, version_number, content_hash, title, "
                + "title_lower, summary, summary_lower, audience, area, minutes, cpd_minutes, refresh_months, "
                + "face_to_face, significant, pass_mark, tags, lesson_count, question_count, is_current, loaded_at) "
                + "VALUES (" + (id + 10) + ", " + id + ", 1, 'h', '" + slug + "', '" + slug + "', 's', 's', '"
                + audience + "', 'STAFF_CULTURE', 20, 20, " + refresh + ", FALSE, FALSE, 80, '', 3, 5, TRUE, now())");
        statement.execute("UPDATE catalogue_module SET current_version_id = " + (id + 10) + " WHERE id = " + id);
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + SCHEMA);
        }
        return connection;
    }

    private GeneratorOptions options(double scale) {
        return new GeneratorOptions(scale, 42, TODAY, url, user, password);
    }

    @Test
    void fillsEveryTableWithRowsThatHangTogether() throws SQLException {
        Map<String, Long> written;
        try (Connection connection = connect()) {
            written = CountryGenerator.generate(connection, options(0.1));
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT count(*) FROM practice")).isEqualTo(8).isEqualTo(written.get("practice"));
            assertThat(count(statement, "SELECT count(*) FROM person")).isEqualTo(written.get("person")).isBetween(300L, 700L);
            assertThat(count(statement, "SELECT count(*) FROM learning_completion"))
                    .isEqualTo(written.get("learning_completion")).isGreaterThan(written.get("person"));
            assertThat(written.get("practice_upskilling_session")).isPositive();
            assertThat(written.get("practice_uptake_figure")).isPositive();
            // everyone is an active member of at most one practice; leavers of none; some moved practice
            assertThat(count(statement, "SELECT count(*) FROM person p WHERE (SELECT count(*) FROM membership m "
                    + "WHERE m.person_id = p.id AND m.status = 'ACTIVE') > 1")).isZero();
            assertThat(count(statement, "SELECT count(*) FROM person p WHERE NOT EXISTS (SELECT 1 FROM membership m "
                    + "WHERE m.person_id = p.id AND m.status = 'ACTIVE')")).isPositive();
            assertThat(count(statement, "SELECT count(*) FROM person p WHERE (SELECT count(DISTINCT practice_id) "
                    + "FROM membership m WHERE m.person_id = p.id) > 1")).isPositive();
            // each completion is made in a practice the person belonged to, while they belonged to it
            assertThat(count(statement, "SELECT count(*) FROM learning_completion c WHERE NOT EXISTS (SELECT 1 FROM "
                    + "membership m WHERE m.person_id = c.person_id AND m.practice_id = c.practice_id "
                    + "AND m.started_at <= c.completed_at AND (m.ended_at IS NULL OR m.ended_at >= c.completed_at))"))
                    .isZero();
            // each enrolment points at its own latest completion
            assertThat(count(statement, "SELECT count(*) FROM learning_enrolment e JOIN learning_completion c "
                    + "ON c.id = e.latest_completion_id WHERE c.person_id <> e.person_id OR c.module_id <> e.module_id "
                    + "OR EXISTS (SELECT 1 FROM learning_completion later WHERE later.person_id = e.person_id "
                    + "AND later.module_id = e.module_id AND later.completed_at > c.completed_at)")).isZero();
            // the academy's next ids come after every generated one
            assertThat(count(statement, "SELECT nextval('account_seq') - 49 - max(id) FROM person")).isPositive();
            assertThat(count(statement, "SELECT nextval('learning_seq') - 49 - max(id) FROM learning_completion")).isPositive();
            assertThat(count(statement, "SELECT nextval('practice_seq') - 49 - max(id) FROM practice_uptake_figure")).isPositive();
        }
    }

    @Test
    void theSameSeedAndDayGiveTheSameCountry() throws SQLException {
        String first;
        try (Connection connection = connect()) {
            CountryGenerator.generate(connection, options(0.05));
            first = fingerprint(connection);
        }
        freshSchemaWithCurriculum();
        try (Connection connection = connect()) {
            CountryGenerator.generate(connection, options(0.05));
            assertThat(fingerprint(connection)).isEqualTo(first);
        }
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsAGeneratedCountryAndChangesNothing() throws SQLException {
        try (Connection connection = connect()) {
            CountryGenerator.generate(connection, options(0.05));
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            long people = count(statement, "SELECT count(*) FROM person");
            assertThatThrownBy(() -> CountryGenerator.generate(connection, options(0.05)))
                    .hasMessageContaining("already holds generated practices");
            assertThat(count(statement, "SELECT count(*) FROM person")).isEqualTo(people);
        }
    }

    private static String fingerprint(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT (SELECT string_agg(ods_code || name || join_code, ',' "
                        + "ORDER BY ods_code) FROM practice) || (SELECT string_agg(display_name || email, ',' ORDER BY email) "
                        + "FROM person) || (SELECT count(*) || ':' || sum(score) || ':' || max(completed_at) "
                        + "FROM learning_completion)")) {
            row.next();
            return row.getString(1);
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
