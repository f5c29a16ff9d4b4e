package academy.shared.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;

/**
 * Counts the SQL statements one thread sends to the database between {@link #begin()} and
 * {@link #end()}: the first signal of a regression (an N+1 shows as a count that grows with the
 * data). Off unless the setting {@code ACADEMY_COUNT_STATEMENTS} is true; when off, connections are
 * not wrapped at all, so it costs nothing.
 */
public final class StatementCount {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final Set<String> STATEMENT_FACTORIES = Set.of("createStatement", "prepareStatement", "prepareCall");

    private StatementCount() {
    }

    /** Whether counting is switched on (system property {@code academy.count.statements} or the environment). */
    public static boolean enabled() {
        String value = System.getProperty("academy.count.statements");
        if (value == null || value.isBlank()) {
            value = System.getenv("ACADEMY_COUNT_STATEMENTS");
        }
        return Boolean.parseBoolean(value == null ? "false" : value.trim());
    }

    /** Starts counting this thread's statements from zero. */
    public static void begin() {
        COUNT.set(new int[1]);
    }

    /** Stops counting and says how many statements this thread ran since {@link #begin()}. */
    public static Optional<Integer> end() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? Optional.empty() : Optional.of(count[0]);
    }

    static void executed() {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }

    /** The connection, seen through a wrapper that counts executions of its statements. */
    static Connection counting(Connection connection) {
        return wrap(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (STATEMENT_FACTORIES.contains(method.getName())) {
                return statement(result);
            }
            return result;
        });
    }

    private static Object statement(Object statement) {
        Handler counting = (target, method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                executed();
            }
            return invoke(target, method, args);
        };
        if (statement instanceof CallableStatement callable) {
            return wrap(CallableStatement.class, callable, counting);
        }
        if (statement instanceof PreparedStatement prepared) {
            return wrap(PreparedStatement.class, prepared, counting);
        }
        return wrap(Statement.class, (Statement) statement, counting);
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T wrap(Class<T> type, T target, Handler handler) {
        return type.cast(Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    // Unwrapping must reach the driver's own object (e.g. PGConnection), not this wrapper.
                    if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                        return invoke(target, method, args);
                    }
                    return handler.handle(target, method, args);
                }));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }
}
