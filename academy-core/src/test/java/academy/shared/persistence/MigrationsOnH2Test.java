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
}
