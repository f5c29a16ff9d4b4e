package academy.startup;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/** Asks the database whether it answers, for the readiness check. */
@ApplicationScoped
public class DatabaseProbe {

    @Resource(lookup = "java:app/jdbc/academy")
    DataSource dataSource;

    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
