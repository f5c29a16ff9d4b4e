package academy.bench.suite;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import academy.bench.generate.CountryGenerator;
import academy.bench.generate.CountryGenerator.GeneratorOptions;

/**
 * The database the suite measures: the schema and curriculum (from the academy's own first start),
 * then the generated country at the settings' scale, generated once per database.
 */
final class SuiteDatabase {

    private SuiteDatabase() {
    }

    /**
     * Makes the database ready and describes it; puts "generation" into the report when it
     * generated the country now, and adds a note when the academy had to migrate it first.
     */
    static Map<String, Object> prepare(SuiteSettings settings, String scaleName, Map<String, Object> report,
            List<String> notes) throws IOException, SQLException {
        if (!hasCurriculum(settings)) {
            System.out.println("First start on this database: migrating the schema and loading the curriculum…");
            try (MicroInstance first = Instances.academy(settings, "first-start", false)) {
                notes.add("The database was new: the academy's first start migrated it and loaded the curriculum "
                        + "in " + first.startup().toSeconds() + " s (not counted below).");
            }
        }
        try (Connection connection = connect(settings)) {
            int expected = Math.max(1, (int) Math.round(settings.scale() * 81));
            int generated = count(connection, "SELECT count(*) FROM practice WHERE ods_code LIKE 'Q%'");
            if (generated == 0) {
                System.out.println("Generating the country at scale " + scaleName + "…");
                Instant started = Instant.now();
                Map<String, Long> rows = CountryGenerator.generate(connection, new GeneratorOptions(settings.scale(),
                        settings.seed(), LocalDate.now(ZoneOffset.UTC), settings.dbUrl(), settings.dbUser(),
                        settings.dbPassword()));
                report.put("generation", Map.of("seconds", Duration.between(started, Instant.now()).toSeconds(),
                        "rows", rows));
            } else if (generated != expected) {
                throw new IllegalStateException("The database holds a country of " + generated + " practices, not the "
                        + expected + " of scale " + scaleName + ". Use a database per scale.");
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("scale", settings.scale());
            data.put("practices", count(connection, "SELECT count(*) FROM practice"));
            data.put("people", count(connection, "SELECT count(*) FROM person"));
            data.put("activeMemberships", count(connection, "SELECT count(*) FROM membership WHERE status = 'ACTIVE'"));
            data.put("completions", count(connection, "SELECT count(*) FROM learning_completion"));
            return data;
        }
    }

    private static boolean hasCurriculum(SuiteSettings settings) throws SQLException {
        try (Connection connection = connect(settings)) {
            if (count(connection, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                    + "AND table_name = 'catalogue_module'") == 0) {
                return false;
            }
            return count(connection, "SELECT count(*) FROM catalogue_module") > 0;
        }
    }

    private static Connection connect(SuiteSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
    }

    static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }
}
