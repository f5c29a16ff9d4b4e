package academy.bench.generate;

import academy.bench.CommandLine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import academy.account.PasswordHashing;
import academy.bench.generate.SyntheticPractice.Completion;
import academy.bench.generate.SyntheticPractice.Enrolment;
import academy.bench.generate.SyntheticPractice.Person;
import academy.bench.generate.SyntheticPractice.Session;
import academy.bench.generate.SyntheticPractice.Uptake;

/**
 * Fills a PostgreSQL database with a synthetic country: scale 1 is one region of 81 practices,
 * scale 80 about England. Deterministic for a seed and a day. The database must hold the academy's
 * schema and curriculum (start the academy on it once) and no generated data yet; everything is
 * written in one transaction, so a failure leaves the database as it was.
 */
public final class CountryGenerator {

    static final int PRACTICES_PER_SCALE = 81;
    /** Every generated account signs in with this password (the benchmarks need to sign in). */
    public static final String PASSWORD = "bench-academy-2026!";

    private final GeneratorOptions options;
    private final Catalogue catalogue;
    private final int practices;
    private final Map<String, Long> written = new LinkedHashMap<>();

    private CountryGenerator(GeneratorOptions options, Catalogue catalogue) {
        this.options = options;
        this.catalogue = catalogue;
        this.practices = Math.max(1, (int) Math.round(options.scale() * PRACTICES_PER_SCALE));
    }

    public static void main(String[] args) throws Exception {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println(GeneratorOptions.USAGE);
            System.exit(2);
            return;
        }
        try (Connection connection = DriverManager.getConnection(options.dbUrl(), options.dbUser(), options.dbPassword())) {
            Map<String, Long> rows = generate(connection, options);
            rows.forEach((table, count) -> System.out.printf(Locale.ROOT, "  %-30s %,12d%n", table, count));
        } catch (GeneratorRefusedException refused) {
            System.err.println(refused.getMessage());
            System.exit(1);
        }
    }

    /** Generates the country on {@code connection} and returns the rows written per table. */
    public static Map<String, Long> generate(Connection connection, GeneratorOptions options) throws SQLException {
        Instant started = Instant.now();
        connection.setAutoCommit(false);
        checkReady(connection);
        CountryGenerator generator = new CountryGenerator(options, Catalogue.read(connection));
        try {
            generator.write(connection);
            connection.commit();
        } catch (SQLException | RuntimeException failed) {
            connection.rollback();
            throw failed;
        }
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("ANALYZE");
        }
        System.out.printf(Locale.ROOT, "Generated scale %s (%d practices, seed %d, day %s) in %d s:%n",
                options.scale(), generator.practices, options.seed(), options.today(),
                Duration.between(started, Instant.now()).toSeconds());
        return generator.written;
    }

    private static void checkReady(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'catalogue_module'")) {
                tables.next();
                if (tables.getInt(1) == 0) {
                    throw new GeneratorRefusedException("This database has no academy schema. Start the academy on it "
                            + "once (ACADEMY_DB_URL=" + connection.getMetaData().getURL() + "): it migrates the schema "
                            + "and loads the curriculum. Then run the generator again.");
                }
            }
            try (ResultSet modules = statement.executeQuery("SELECT count(*) FROM catalogue_module WHERE NOT retired")) {
                modules.next();
                if (modules.getInt(1) == 0) {
                    throw new GeneratorRefusedException("The academy's curriculum is not loaded in this database: "
                            + "start the academy on it once, then run the generator again.");
                }
            }
            try (ResultSet generated = statement.executeQuery("SELECT count(*) FROM practice WHERE ods_code LIKE 'Q%'")) {
                generated.next();
                if (generated.getInt(1) > 0) {
                    throw new GeneratorRefusedException("This database already holds generated practices (ODS codes "
                            + "Q…). Generate into a new database: drop and create it, start the academy on it once, "
                            + "then run the generator.");
                }
            }
        }
    }

    private void write(Connection connection) throws SQLException {
        String passwordHash = new PasswordHashing().hash(PASSWORD).format();
        Layout layout = new Layout();
        forEachPractice(layout::count);

        long practiceBase = reserve(connection, "practice_seq", layout.practiceSeqSize());
        long accountBase = reserve(connection, "account_seq", layout.people.total());
        long learningBase = reserve(connection, "learning_seq", layout.completions.total() + layout.enrolments.total());
        long membershipBase = practiceBase + practices;
        long sessionBase = membershipBase + layout.memberships.total();
        long uptakeBase = sessionBase + layout.sessions.total();
        long enrolmentBase = learningBase + layout.completions.total();

        copy(connection, "practice", "id, ods_code, name, name_lower, pcn, address, status, join_code, "
                + "join_code_changed_at, created_at", (table, p) -> {
            table.value(practiceBase + p.index).value(p.odsCode).value(p.name).value(p.name.toLowerCase(Locale.ROOT))
                    .value(p.pcn).value(p.address).value(p.archived ? "ARCHIVED" : "ACTIVE").value(p.joinCode)
                    .value(p.createdAt).value(p.createdAt).endRow();
        });
        copy(connection, "person", "id, display_name, email, email_lower, status, password_hash, created_at",
                (table, p) -> {
                    for (Person person : p.people) {
                        long id = accountBase + layout.people.start(p.index) + person.number();
                        String email = email(person, id);
                        table.value(id).value(person.displayName()).value(email).value(email).value("ACTIVE")
                                .value(passwordHash).value(person.joinedAt()).endRow();
                    }
                });
        copy(connection, "membership", "id, person_id, practice_id, job_role, status, created_at, started_at, ended_at",
                (table, p) -> {
                    long id = membershipBase + layout.memberships.start(p.index);
                    for (Person person : p.people) {
                        long personId = accountBase + layout.people.start(p.index) + person.number();
                        if (person.movedFromNeighbour()) {
                            Instant began = person.joinedAt().minus(700, ChronoUnit.DAYS);
                            table.value(id++).value(personId).value(practiceBase + (p.index + 1) % practices)
                                    .value(person.role().name()).value("ENDED").value(began).value(began)
                                    .value(person.joinedAt().minus(1, ChronoUnit.DAYS)).endRow();
                        }
                        table.value(id++).value(personId).value(practiceBase + p.index).value(person.role().name())
                                .value(person.leftAt().isPresent() ? "ENDED" : "ACTIVE").value(person.joinedAt())
                                .value(person.joinedAt()).value(person.leftAt().orElse(null)).endRow();
                    }
                });
        copy(connection, "learning_completion", "id, person_id, module_id, module_version_id, version_number, score, "
                + "completed_at, expires_at, practice_id, source, idempotency_key, recorded_at", (table, p) -> {
            long id = learningBase + layout.completions.start(p.index);
            for (Completion completion : p.completions) {
                long personId = accountBase + layout.people.start(p.index) + completion.person();
                table.value(id).value(personId).value(completion.module().id()).value(completion.module().versionId())
                        .value(completion.module().versionNumber()).value(completion.score())
                        .value(completion.completedAt()).value(completion.expiresAt().orElse(null))
                        .value(practiceBase + p.index).value("EXTERNAL").value("generated-" + id)
                        .value(completion.completedAt()).endRow();
                id++;
            }
        });
        copy(connection, "learning_enrolment", "id, person_id, module_id, started_at, last_activity_at, "
                + "latest_completion_id", (table, p) -> {
            long id = enrolmentBase + layout.enrolments.start(p.index);
            long completions = learningBase + layout.completions.start(p.index);
            for (Enrolment enrolment : p.enrolments) {
                long personId = accountBase + layout.people.start(p.index) + enrolment.person();
                if (enrolment.completed()) {
                    Completion latest = p.completions.get(enrolment.latestCompletion());
                    table.value(id++).value(personId).value(enrolment.module().id()).value(enrolment.startedAt())
                            .value(latest.completedAt()).value(completions + enrolment.latestCompletion()).endRow();
                } else {
                    table.value(id++).value(personId).value(enrolment.module().id()).value(enrolment.startedAt())
                            .value(enrolment.startedAt()).value(null).endRow();
                }
            }
        });
        copy(connection, "practice_upskilling_session", "id, practice_id, held_on, topic, condition_focus, attendees, "
                + "online_sign_ups, run_by, recorded_at", (table, p) -> {
            long id = sessionBase + layout.sessions.start(p.index);
            for (Session session : p.sessions) {
                table.value(id++).value(practiceBase + p.index).value(session.heldOn()).value(session.topic().name())
                        .value(session.focus().map(Enum::name).orElse(null)).value(session.attendees())
                        .value(session.signUps())
                        .value(session.runBy().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                        .value(session.heldOn().atTime(17, 0).toInstant(ZoneOffset.UTC)).endRow();
            }
        });
        copy(connection, "practice_uptake_figure", "id, practice_id, month_start, measure, revision, figure, source, "
                + "is_latest, recorded_at", (table, p) -> {
            long id = uptakeBase + layout.uptake.start(p.index);
            for (Uptake uptake : p.uptake) {
                table.value(id++).value(practiceBase + p.index).value(uptake.month()).value(uptake.measure().name())
                        .value(1).value(uptake.figure()).value("Clinical system monthly report").value(true)
                        .value(uptake.month().plusMonths(1).plusDays(4).atStartOfDay(ZoneOffset.UTC).toInstant())
                        .endRow();
            }
        });
    }

    private static String email(Person person, long id) {
        String local = person.displayName().toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replace(' ', '.');
        return local + "." + id + "@bench.example";
    }

    /**
     * Takes {@code size} ids from a sequence the academy allocates in blocks of 50 and moves the
     * sequence past them, so the running academy's own ids never collide with generated ones.
     */
    private static long reserve(Connection connection, String sequence, long size) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval('" + sequence + "')");
                ResultSet value = next.executeQuery()) {
            value.next();
            long first = value.getLong(1) + 1;
            long last = first + size;
            try (PreparedStatement set = connection.prepareStatement("SELECT setval('" + sequence + "', ?)")) {
                set.setLong(1, last + 50 - Math.floorMod(last, 50) + 50);
                set.execute();
            }
            return first;
        }
    }

    private interface Rows {
        void write(CopyTable table, SyntheticPractice practice) throws SQLException;
    }

    private void copy(Connection connection, String table, String columns, Rows rows) throws SQLException {
        long count;
        try (CopyTable copy = new CopyTable(connection, table, columns)) {
            for (int index = 0; index < practices; index++) {
                rows.write(copy, practice(index));
            }
            count = copy.rows();
        }
        written.put(table, count);
    }

    private void forEachPractice(java.util.function.Consumer<SyntheticPractice> action) {
        for (int index = 0; index < practices; index++) {
            action.accept(practice(index));
        }
    }

    private SyntheticPractice practice(int index) {
        return new SyntheticPractice(options.seed(), index, options.today(), catalogue);
    }

    /** Where each practice's rows start in each table's block of ids. */
    private final class Layout {
        final Offsets people = new Offsets(p -> p.people.size());
        final Offsets memberships = new Offsets(
                p -> p.people.size() + (int) p.people.stream().filter(Person::movedFromNeighbour).count());
        final Offsets completions = new Offsets(p -> p.completions.size());
        final Offsets enrolments = new Offsets(p -> p.enrolments.size());
        final Offsets sessions = new Offsets(p -> p.sessions.size());
        final Offsets uptake = new Offsets(p -> p.uptake.size());

        void count(SyntheticPractice practice) {
            for (Offsets offsets : new Offsets[] {people, memberships, completions, enrolments, sessions, uptake}) {
                offsets.add(practice);
            }
        }

        long practiceSeqSize() {
            return practices + memberships.total() + sessions.total() + uptake.total();
        }
    }

    private final class Offsets {
        private final ToIntFunction<SyntheticPractice> size;
        private final long[] starts = new long[practices + 1];
        private int filled;

        Offsets(ToIntFunction<SyntheticPractice> size) {
            this.size = size;
        }

        void add(SyntheticPractice practice) {
            starts[filled + 1] = starts[filled] + size.applyAsInt(practice);
            filled++;
        }

        long start(int practice) {
            return starts[practice];
        }

        long total() {
            return starts[filled];
        }
    }

    /** The run's settings: how big, which seed, which day counts as today, where to write. */
    public record GeneratorOptions(double scale, long seed, LocalDate today, String dbUrl, String dbUser,
            String dbPassword) {

        static final String USAGE = "usage: CountryGenerator --scale N [--seed S] [--today YYYY-MM-DD] "
                + "--db-url jdbc:postgresql://… [--db-user U] [--db-password P]";

        public GeneratorOptions {
            if (!(scale > 0) || scale > 1_000) {
                throw new IllegalArgumentException("--scale must be a number above 0 and at most 1000, e.g. 1 or 80");
            }
            if (dbUrl == null || !dbUrl.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("--db-url must be a PostgreSQL JDBC URL (COPY is PostgreSQL's)");
            }
        }

        static GeneratorOptions parse(String[] args) {
            Map<String, String> named = CommandLine.options(args);
            try {
                return new GeneratorOptions(Double.parseDouble(named.getOrDefault("scale", "1")),
                        Long.parseLong(named.getOrDefault("seed", "20261125")),
                        named.containsKey("today") ? LocalDate.parse(named.get("today")) : LocalDate.now(ZoneOffset.UTC),
                        named.get("db-url"), named.getOrDefault("db-user", "postgres"),
                        named.getOrDefault("db-password", ""));
            } catch (NumberFormatException | java.time.format.DateTimeParseException wrong) {
                throw new IllegalArgumentException("not a number or date: " + wrong.getMessage());
            }
        }
    }

    /** The database is not one the generator may write to; the message says what to do. */
    static final class GeneratorRefusedException extends RuntimeException {
        GeneratorRefusedException(String message) {
            super(message);
        }
    }
}
