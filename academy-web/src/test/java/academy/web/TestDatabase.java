package academy.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The PostgreSQL database the academy under test runs on, for checks the API cannot show. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** A new connection; the caller closes it. Failsafe passes the settings as system properties. */
    public static Connection connect() throws SQLException {
        String url = System.getProperty("academy.test.db.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("System property academy.test.db.url is not set (failsafe sets it)");
        }
        return DriverManager.getConnection(url, System.getProperty("academy.test.db.user"),
                System.getProperty("academy.test.db.password", ""));
    }
}
