package academy.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs every migration on an in-memory H2 in the same PostgreSQL mode the academy uses, so SQL
 * that only PostgreSQL understands fails here, fast, rather than at someone's first demo run.
 * (The in-container tests run the same migrations on PostgreSQL.)
 */
class MigrationsOnH2Test {

    private JdbcDataSource dataSource;

    @BeforeEach
    void migrate() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + AcademyDataSource.H2_OPTIONS);
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @Test
    void everyTableOfThePeopleMigrationExists() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : new String[] {"practice", "person", "person_system_role", "membership", "invitation",
                    "account_token", "signin_attempt", "audit_entry", "mail_outbox"}) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    assertThat(rows.next()).as(table).isTrue();
                }
            }
        }
    }

    @Test
    void emailAddressesAreUniqueWithoutRegardToCase() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO person (id, display_name, email, email_lower, status, created_at)"
                    + " VALUES (1, 'Sam', 'Sam@Example.org', 'sam@example.org', 'ACTIVE', CURRENT_TIMESTAMP)");
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO person (id, display_name, email, email_lower, status, created_at)"
                    + " VALUES (2, 'Sam', 'SAM@example.org', 'sam@example.org', 'ACTIVE', CURRENT_TIMESTAMP)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void sequencesStartWhereEclipseLinkExpects() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet next = statement.executeQuery("SELECT NEXT VALUE FOR practice_seq")) {
            assertThat(next.next()).isTrue();
            assertThat(next.getLong(1)).isGreaterThanOrEqualTo(50);
        }
    }

    @Test
    void everyTableOfTheLearningMigrationExists() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : new String[] {"learning_enrolment", "learning_lesson_read", "learning_attempt",
                    "learning_attempt_item", "learning_completion", "practice_upskilling_session", "practice_uptake_figure"}) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    assertThat(rows.next()).as(table).isTrue();
                }
            }
        }
    }

    @Test
    void aSecondCompletionForOneAttemptOrOneExternalKeyIsImpossible() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            seedLearner(statement);
            statement.executeUpdate("INSERT INTO learning_attempt (id, enrolment_id, module_version_id, seed, started_at, passed)"
                    + " VALUES (1, 1, 2, 42, CURRENT_TIMESTAMP, TRUE)");
            String quiz = "INSERT INTO learning_completion (id, person_id, module_id, module_version_id, version_number, score,"
                    + " completed_at, practice_id, source, attempt_id, recorded_at) VALUES (%d, 1, 1, 2, 1, 80,"
                    + " CURRENT_TIMESTAMP, 1, 'QUIZ', 1, CURRENT_TIMESTAMP)";
            statement.executeUpdate(String.format(quiz, 10));
            assertThatThrownBy(() -> statement.executeUpdate(String.format(quiz, 11))).isInstanceOf(SQLException.class);

            String external = "INSERT INTO learning_completion (id, person_id, module_id, module_version_id, version_number, score,"
                    + " completed_at, practice_id, source, idempotency_key, recorded_at) VALUES (%d, 1, 1, 2, 1, 90,"
                    + " CURRENT_TIMESTAMP, 1, 'EXTERNAL', 'key-1', CURRENT_TIMESTAMP)";
            statement.executeUpdate(String.format(external, 20));
            assertThatThrownBy(() -> statement.executeUpdate(String.format(external, 21))).isInstanceOf(SQLException.class);

            // Face-to-face completions have neither an attempt nor a key: many may share the NULLs.
            String attended = "INSERT INTO learning_completion (id, person_id, module_id, module_version_id, version_number,"
                    + " completed_at, practice_id, source, recorded_at) VALUES (%d, 1, 1, 2, 1,"
                    + " CURRENT_TIMESTAMP, 1, 'FACE_TO_FACE', CURRENT_TIMESTAMP)";
            statement.executeUpdate(String.format(attended, 30));
            statement.executeUpdate(String.format(attended, 31));
        }
    }

    @Test
    void trainingDoneElsewhereMakesOneCompletionPerRecordAtMost() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            seedLearner(statement);
            String evidence = "INSERT INTO learning_completion (id, person_id, module_id, module_version_id, version_number,"
                    + " completed_at, practice_id, source, idempotency_key, recorded_at) VALUES (%d, 1, 1, 2, 1,"
                    + " CURRENT_TIMESTAMP, 1, 'EXTERNAL_EVIDENCE', %s, CURRENT_TIMESTAMP)";
            statement.executeUpdate(String.format(evidence, 40, "'external-training:7'"));
            assertThatThrownBy(() -> statement.executeUpdate(String.format(evidence, 41, "'external-training:7'")))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.executeUpdate(String.format(evidence, 42, "NULL")))
                    .isInstanceOf(SQLException.class);
            statement.executeUpdate("INSERT INTO learning_external_training (id, person_id, practice_id, provider, title,"
                    + " completed_on, status, recorded_at) VALUES (50, 1, 1, 'NHS', 'Course', DATE '2026-01-15', 'PENDING',"
                    + " CURRENT_TIMESTAMP)");
            // Turned down without a reason, or decided without a date: the schema refuses both.
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE learning_external_training SET status = 'REJECTED',"
                    + " decided_at = CURRENT_TIMESTAMP WHERE id = 50")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE learning_external_training SET status = 'APPROVED'"
                    + " WHERE id = 50")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void oneEnrolmentPerPersonAndModule() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            seedLearner(statement);
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO learning_enrolment (id, person_id, module_id,"
                    + " started_at, last_activity_at) VALUES (2, 1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void theFirstEnrolmentIsInsertedOnlyWhenAbsentWithTheStatementTheAcademyUses() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            seedLearner(connection.createStatement());
            try (var insert = connection.prepareStatement(academy.learning.LearningRecords.ENROL_IF_ABSENT)) {
                insert.setLong(1, 1);
                insert.setLong(2, 1);
                insert.setObject(3, java.time.OffsetDateTime.now());
                insert.setObject(4, java.time.OffsetDateTime.now());
                assertThat(insert.executeUpdate()).as("person 1 already has module 1").isZero();
                connection.createStatement().executeUpdate("INSERT INTO catalogue_module (id, slug, retired)"
                        + " VALUES (3, 'second', FALSE)");
                insert.setLong(2, 3);
                assertThat(insert.executeUpdate()).as("a new enrolment").isEqualTo(1);
            }
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM learning_enrolment"
                    + " WHERE person_id = 1 AND module_id = 3")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).as("an id from learning_seq").isGreaterThanOrEqualTo(50);
            }
        }
    }

    @Test
    void sessionCountsAreCheckedByTheDatabaseToo() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            seedLearner(statement);
            String session = "INSERT INTO practice_upskilling_session (id, practice_id, held_on, topic, attendees,"
                    + " online_sign_ups, run_by, recorded_at) VALUES (%d, 1, DATE '2026-01-10', 'NHS_APP', %d, %d, 'STAFF',"
                    + " CURRENT_TIMESTAMP)";
            statement.executeUpdate(String.format(session, 1, 12, 12));
            assertThatThrownBy(() -> statement.executeUpdate(String.format(session, 2, 12, 13))).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.executeUpdate(String.format(session, 3, 0, 0))).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.executeUpdate(String.format(session, 4, 501, 0))).isInstanceOf(SQLException.class);
        }
    }

    /** Person 1, practice 1, module 1 with version 2, enrolment 1. */
    private static void seedLearner(Statement statement) throws SQLException {
        statement.executeUpdate("INSERT INTO person (id, display_name, email, email_lower, status, created_at)"
                + " VALUES (1, 'Sam', 'sam@example.org', 'sam@example.org', 'ACTIVE', CURRENT_TIMESTAMP)");
        statement.executeUpdate("INSERT INTO practice (id, ods_code, name, name_lower, pcn, address, status, join_code,"
                + " join_code_changed_at, created_at) VALUES (1, 'Y09001', 'Riverside', 'riverside', 'PCN', 'Addr', 'ACTIVE',"
                + " 'ABCD2345', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        statement.executeUpdate("INSERT INTO catalogue_module (id, slug, retired) VALUES (1, 'online-access', FALSE)");
        statement.executeUpdate("INSERT INTO catalogue_module_version (id, module_id, version_number, content_hash, title,"
                + " title_lower, summary, summary_lower, audience, area, minutes, cpd_minutes, face_to_face, significant,"
                + " pass_mark, tags, lesson_count, question_count, is_current, loaded_at) VALUES (2, 1, 1, 'h', 'T', 't',"
                + " 'S', 's', 'STAFF', 'PATIENT_UPSKILLING', 10, 10, FALSE, FALSE, 80, '', 1, 1, TRUE, CURRENT_TIMESTAMP)");
        statement.executeUpdate("INSERT INTO learning_enrolment (id, person_id, module_id, started_at, last_activity_at)"
                + " VALUES (1, 1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }
}
