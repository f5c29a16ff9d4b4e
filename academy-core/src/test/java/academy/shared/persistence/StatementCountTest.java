package academy.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatementCountTest {

    @AfterEach
    void stopCounting() {
        StatementCount.end();
    }

    private static Connection counted() throws SQLException {
        return StatementCount.counting(DriverManager.getConnection("jdbc:h2:mem:counting;DB_CLOSE_DELAY=-1"));
    }

    @Test
    void countsEveryExecutionOfPlainPreparedAndBatchedStatements() throws SQLException {
        try (Connection connection = counted()) {
            StatementCount.begin();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS t (n INT)");
                statement.executeUpdate("DELETE FROM t");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?)")) {
                insert.setInt(1, 1);
                insert.addBatch();
                insert.setInt(1, 2);
                insert.addBatch();
                insert.executeBatch();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM t");
                    ResultSet rows = select.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2);
            }
            assertThat(StatementCount.end()).contains(4);
        }
    }

    @Test
    void countsNothingOutsideBeginAndEnd() throws SQLException {
        try (Connection connection = counted(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            assertThat(StatementCount.end()).isEmpty();
            StatementCount.begin();
            assertThat(StatementCount.end()).contains(0);
        }
    }

    @Test
    void unwrappingReachesTheDriversOwnConnection() throws SQLException {
        try (Connection connection = counted()) {
            assertThat(connection.isWrapperFor(JdbcConnection.class)).isTrue();
            assertThat(connection.unwrap(JdbcConnection.class)).isInstanceOf(JdbcConnection.class);
        }
    }
}
