package academy.bench.suite;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * The academy's own persistence unit, opened in the suite's JVM against the bench database, so the
 * suite can time the academy's code (readiness counting, storing certificates) without a container
 * and beside a baseline in the same JVM. The unit is JTA in the server; here it becomes
 * resource-local over a plain JDBC connection. No weaving (no agent): lazy single-valued relations
 * load eagerly, which the aggregate readiness queries and the certificate inserts never touch.
 */
final class AcademyPersistence implements AutoCloseable {

    private final EntityManagerFactory factory;

    AcademyPersistence(SuiteSettings settings) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        overrides.put("jakarta.persistence.jtaDataSource", "");
        overrides.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
        overrides.put("jakarta.persistence.jdbc.url", settings.dbUrl());
        overrides.put("jakarta.persistence.jdbc.user", settings.dbUser());
        overrides.put("jakarta.persistence.jdbc.password", settings.dbPassword());
        overrides.put("eclipselink.target-server", "None");
        overrides.put("eclipselink.weaving", "false");
        overrides.put("eclipselink.logging.level", "WARNING");
        // Without weaving every lazy to-one relation is reported as eager; known, and said above.
        overrides.put("eclipselink.logging.level.metadata", "SEVERE");
        overrides.put("jakarta.persistence.validation.mode", "NONE");
        factory = Persistence.createEntityManagerFactory("academy", overrides);
    }

    EntityManager open() {
        return factory.createEntityManager();
    }

    /**
     * Sets what CDI would inject into one of the academy's beans (fields are package-private there,
     * so the container, not the API, fills them).
     */
    static <T> T inject(T bean, String field, Object value) {
        Class<?> type = bean.getClass();
        while (type != null) {
            try {
                Field target = type.getDeclaredField(field);
                target.setAccessible(true);
                target.set(bean, value);
                return bean;
            } catch (NoSuchFieldException notHere) {
                type = type.getSuperclass();
            } catch (IllegalAccessException refused) {
                throw new IllegalStateException("cannot set " + field + " of " + bean.getClass().getName(), refused);
            }
        }
        throw new IllegalStateException(bean.getClass().getName() + " has no field " + field
                + ": the academy's bean changed, update the benchmark");
    }

    @Override
    public void close() {
        factory.close();
    }
}
