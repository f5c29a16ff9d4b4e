package academy.shared.persistence;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one data source class the container's connection pool instantiates. It picks PostgreSQL
 * when {@code ACADEMY_DB_URL} (or the system property {@code academy.db.url}) names a PostgreSQL
 * database, and otherwise an embedded H2 file database in the data directory.
 *
 * <p>Why not MicroProfile Config placeholders on {@code @DataSourceDefinition}: the pool is
 * created before application config sources exist, the driver class differs between the two
 * databases, and an empty placeholder cannot express "H2 unless told otherwise". Reading the same
 * two sources MicroProfile Config reads (system property, then environment variable) keeps the
 * documented variables working.
 */
public class AcademyDataSource implements DataSource {

    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private volatile DataSource delegate;
    private final boolean countStatements = StatementCount.enabled();
    private PrintWriter logWriter;
    private int loginTimeoutSeconds;

    /** The JDBC URL this data source connects to, resolved from settings. */
    public static String configuredUrl() {
        return setting("academy.db.url", "ACADEMY_DB_URL")
                .orElseGet(() -> "jdbc:h2:file:" + dataDirectory().resolve("academy").toString() + H2_OPTIONS);
    }

    /** Where the embedded database, uploaded evidence and signing keys live. */
    public static Path dataDirectory() {
        return Path.of(setting("academy.data.dir", "ACADEMY_DATA_DIR").orElse("./data")).toAbsolutePath().normalize();
    }

    /** True when the academy runs on the embedded H2 database rather than PostgreSQL. */
    public static boolean isEmbedded() {
        return configuredUrl().startsWith("jdbc:h2:");
    }

    private static java.util.Optional<String> setting(String property, String environmentVariable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.trim());
    }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    current = createDelegate();
                    delegate = current;
                }
            }
        }
        return current;
    }

    private static DataSource createDelegate() throws SQLException {
        String url = configuredUrl();
        String user = setting("academy.db.user", "ACADEMY_DB_USER").orElse("");
        String password = setting("academy.db.password", "ACADEMY_DB_PASSWORD").orElse("");
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            if (!user.isEmpty()) {
                postgres.setUser(user);
            }
            if (!password.isEmpty()) {
                postgres.setPassword(password);
            }
            postgres.setApplicationName("academy");
            return postgres;
        }
        if (lower.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user.isEmpty() ? "sa" : user);
            h2.setPassword(password);
            return h2;
        }
        throw new SQLException("ACADEMY_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL, not " + url);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = delegate().getConnection();
        return countStatements ? StatementCount.counting(connection) : connection;
    }

    @Override
    public Connection getConnection(String ignoredUser, String ignoredPassword) throws SQLException {
        // Credentials come from the academy's settings, never from the pool definition.
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
