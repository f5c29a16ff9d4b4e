package academy.bench.suite;

import academy.bench.CommandLine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one benchmark run uses: where Payara Micro and the academy's WAR are, the database, the
 * scale of the generated country, and how long each measurement warms up and runs.
 */
record SuiteSettings(Path work, Path microJar, Path academyWar, Path preboot, Path content, String dbUrl,
        String dbUser, String dbPassword, double scale, long seed, int port, int hazelcastPort, String heap,
        Duration warmUp, Duration measure, int connections, int startups, Path report, Load load, Set<String> parts) {

    /** The measurements, by name; {@code --only} picks some (for a quick look at one). */
    static final List<String> PARTS = List.of("startup", "statements", "pages", "load", "readiness", "certificates");

    /**
     * The latency-under-load run: the Gatling project's pom, how many virtual users, how long under
     * load and alone, the think time between steps, and whether the academy runs under JFR meanwhile.
     */
    record Load(Path pom, int users, Duration loadDuration, Duration singleDuration, Duration think, boolean flightRecording) {
    }

    static final String USAGE = "options: --work DIR --micro-jar JAR --academy-war WAR --preboot FILE --content DIR "
            + "--db-url URL [--db-user U] [--db-password P] [--scale N] [--seed S] [--port 8190] [--heap 2g] "
            + "[--warm-up-seconds 15] [--measure-seconds 30] [--connections 16] [--startups 3] [--report FILE] "
            + "[--hazelcast-port 6990] [--load-pom academy-bench/load/pom.xml] [--load-users 100] [--load-seconds 300] "
            + "[--single-seconds 60] [--think-millis 3000] [--jfr false] [--only " + String.join(",", PARTS) + "]";

    static SuiteSettings parse(String[] args) {
        Map<String, String> named = CommandLine.options(args);
        try {
            return new SuiteSettings(path(named, "work"), path(named, "micro-jar"), path(named, "academy-war"),
                    path(named, "preboot"), path(named, "content"), required(named, "db-url"),
                    named.getOrDefault("db-user", "postgres"), named.getOrDefault("db-password", ""),
                    Double.parseDouble(named.getOrDefault("scale", "1")),
                    Long.parseLong(named.getOrDefault("seed", "20261125")),
                    Integer.parseInt(named.getOrDefault("port", "8190")),
                    Integer.parseInt(named.getOrDefault("hazelcast-port", "6990")), named.getOrDefault("heap", "2g"),
                    Duration.ofSeconds(Long.parseLong(named.getOrDefault("warm-up-seconds", "15"))),
                    Duration.ofSeconds(Long.parseLong(named.getOrDefault("measure-seconds", "30"))),
                    Integer.parseInt(named.getOrDefault("connections", "16")),
                    Integer.parseInt(named.getOrDefault("startups", "3")),
                    Path.of(named.getOrDefault("report", "BENCHMARKS.md")).toAbsolutePath(),
                    new Load(Path.of(named.getOrDefault("load-pom", "academy-bench/load/pom.xml")).toAbsolutePath().normalize(),
                            Integer.parseInt(named.getOrDefault("load-users", "100")),
                            Duration.ofSeconds(Long.parseLong(named.getOrDefault("load-seconds", "300"))),
                            Duration.ofSeconds(Long.parseLong(named.getOrDefault("single-seconds", "60"))),
                            Duration.ofMillis(Long.parseLong(named.getOrDefault("think-millis", "3000"))),
                            Boolean.parseBoolean(named.getOrDefault("jfr", "false"))),
                    parts(named.getOrDefault("only", "")));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("not a number: " + notANumber.getMessage());
        }
    }

    private static Set<String> parts(String only) {
        if (only.isBlank()) {
            return Set.copyOf(PARTS);
        }
        Set<String> parts = new LinkedHashSet<>();
        for (String part : only.split(",")) {
            if (!PARTS.contains(part.strip())) {
                throw new IllegalArgumentException("--only takes some of " + String.join(",", PARTS) + ", not " + part);
            }
            parts.add(part.strip());
        }
        return parts;
    }

    boolean runs(String part) {
        return parts.contains(part);
    }

    private static String required(Map<String, String> named, String name) {
        String value = named.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static Path path(Map<String, String> named, String name) {
        return Path.of(required(named, name)).toAbsolutePath().normalize();
    }

    /** The environment the academy runs with in every measurement. */
    Map<String, String> academyEnvironment(boolean countStatements) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("ACADEMY_DB_URL", dbUrl);
        environment.put("ACADEMY_DB_USER", dbUser);
        environment.put("ACADEMY_DB_PASSWORD", dbPassword);
        environment.put("ACADEMY_CONTENT_DIR", content.toString());
        environment.put("ACADEMY_DATA_DIR", work.resolve("data").toString());
        environment.put("ACADEMY_DEMO", "false");
        environment.put("ACADEMY_COUNT_STATEMENTS", Boolean.toString(countStatements));
        return environment;
    }
}
