package academy.bench.suite;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import academy.accreditation.application.Accreditation;
import academy.accreditation.readiness.CriterionReadiness;
import academy.accreditation.readiness.LevelReadiness;
import academy.accreditation.readiness.PracticeReadiness;
import academy.accreditation.readiness.ReadinessFacts;
import academy.accreditation.readiness.ReadinessQueries;
import academy.accreditation.readiness.ReadinessRules;
import academy.accreditation.readiness.Titles;
import academy.accreditation.scheme.SchemeLevel;
import academy.accreditation.scheme.SchemeVersion;
import academy.learning.LearningRecords;
import academy.practice.UpskillingSession;

/**
 * Every practice's readiness for every level of the scheme in force, counted two ways on the same
 * database at the same moment: through the academy's own code (ReadinessQueries over all practices
 * in batches, judged by ReadinessRules, as the readiness page does for one) and by one hand-written
 * SQL aggregate. Both answer "how many practices meet each level" (every automatic criterion the
 * level requires is met); the counts must agree, and the time of the first is compared with the
 * second's.
 */
final class ReadinessAtScale {

    /** Practices counted per round of ReadinessQueries (its IN lists stay well under PostgreSQL's limits). */
    static final int BATCH = 500;

    /** Practices meeting each level and each automatic criterion, by slug. */
    record Counts(Map<String, Long> levels, Map<String, Long> criteria) {
    }

    record Result(int practices, Counts academyCounts, Counts sqlCounts, long academyMillis, long sqlMillis, int runs) {

        boolean countsAgree() {
            return academyCounts.equals(sqlCounts);
        }

        double ratio() {
            return Figures.ratio(academyMillis, sqlMillis);
        }
    }

    private ReadinessAtScale() {
    }

    /** One untimed round of each, then {@code runs} timed rounds; the median of each is reported. */
    static Result measure(SuiteSettings settings, AcademyPersistence persistence, int runs) throws SQLException {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        Counts academy = academy(persistence, now);
        Counts sql = sql(settings, now, today);
        List<Long> academyMillis = new ArrayList<>();
        List<Long> sqlMillis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            academy = academy(persistence, now);
            academyMillis.add((System.nanoTime() - started) / 1_000_000);
            started = System.nanoTime();
            sql = sql(settings, now, today);
            sqlMillis.add((System.nanoTime() - started) / 1_000_000);
        }
        int practices;
        try (Connection connection = connect(settings)) {
            practices = SuiteDatabase.count(connection, "SELECT count(*) FROM practice");
        }
        return new Result(practices, academy, sql, Figures.median(academyMillis), Figures.median(sqlMillis),
                runs);
    }

    /** Practices meeting each level and each automatic criterion, the academy's way. */
    static Counts academy(AcademyPersistence persistence, Instant now) {
        EntityManager em = persistence.open();
        try {
            Accreditation accreditation = AcademyPersistence.inject(new Accreditation(), "em", em);
            SchemeVersion scheme = accreditation.findCurrentScheme()
                    .orElseThrow(() -> new IllegalStateException("no kite-mark scheme is published in this database"));
            ReadinessRules rules = new ReadinessRules(titlesFor(accreditation, scheme));
            LearningRecords records = AcademyPersistence.inject(new LearningRecords(), "em", em);
            ReadinessQueries queries = AcademyPersistence.inject(
                    AcademyPersistence.inject(new ReadinessQueries(), "em", em), "records", records);
            Counts meeting = new Counts(new LinkedHashMap<>(), new TreeMap<>());
            scheme.levels().stream().sorted(Comparator.comparingInt(SchemeLevel::rank))
                    .forEach(level -> meeting.levels().put(level.slug(), 0L));
            scheme.criteria().stream().filter(c -> c.kind().isAutomatic())
                    .forEach(criterion -> meeting.criteria().put(criterion.slug(), 0L));
            List<Object[]> practices = em.createQuery("SELECT p.id, p.name FROM Practice p ORDER BY p.id", Object[].class)
                    .getResultList();
            LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
            for (int from = 0; from < practices.size(); from += BATCH) {
                List<Object[]> batch = practices.subList(from, Math.min(practices.size(), from + BATCH));
                Map<Long, ReadinessFacts> facts = queries.factsOf(batch.stream().map(row -> (Long) row[0]).toList(),
                        scheme.criteria(), now, today);
                for (Object[] practice : batch) {
                    PracticeReadiness readiness = PracticeReadiness.of((Long) practice[0], (String) practice[1], scheme,
                            facts.getOrDefault((Long) practice[0], ReadinessFacts.none()), rules);
                    for (LevelReadiness level : readiness.levels()) {
                        if (level.automaticCriteriaMet()) {
                            meeting.levels().merge(level.level().slug(), 1L, Long::sum);
                        }
                    }
                    for (CriterionReadiness criterion : readiness.criteria()) {
                        if (criterion.criterion().kind().isAutomatic() && criterion.isMet()) {
                            meeting.criteria().merge(criterion.criterion().slug(), 1L, Long::sum);
                        }
                    }
                }
            }
            return meeting;
        } finally {
            em.close();
        }
    }

    /** The titles the readiness page words its progress with (the academy reads them once per page). */
    private static Titles titlesFor(Accreditation accreditation, SchemeVersion scheme) {
        try {
            Method titles = Accreditation.class.getDeclaredMethod("titlesFor", SchemeVersion.class);
            titles.setAccessible(true);
            return (Titles) titles.invoke(accreditation, scheme);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException changed) {
            throw new IllegalStateException("Accreditation.titlesFor changed: update the benchmark", changed);
        }
    }

    /**
     * The same question in one statement, from the criteria as stored: the (practice, criterion)
     * pairs that are met, each kind by a set-based aggregate; then per practice the lowest level rank
     * of an automatic criterion it does not meet (it meets every level below that). The rules are
     * ReadinessRules' (see its Javadoc), restated in SQL; completions of versions older than a
     * module's latest significant version do not count. Answers, per level and per criterion, how
     * many practices meet it: rows (kind, slug, practices).
     */
    static final String AGGREGATE = """
            WITH crit AS (
              SELECT c.slug, c.kind, c.target, c.level_rank, c.measure, c.condition_focus,
                     ARRAY(SELECT upper(replace(trim(r), '-', '_')) FROM unnest(string_to_array(c.roles, ',')) r
                           WHERE trim(r) <> '') AS roles,
                     ARRAY(SELECT DISTINCT trim(m) FROM unnest(string_to_array(c.modules, ',')) m
                           WHERE trim(m) <> '') AS modules
                FROM accreditation_criterion c JOIN accreditation_scheme s ON s.id = c.scheme_id
               WHERE s.is_current AND c.kind <> 'EVIDENCE'),
            significant AS (
              SELECT module_id, max(version_number) AS latest FROM catalogue_module_version
               WHERE significant GROUP BY module_id),
            holding AS (
              SELECT DISTINCT c.person_id, mo.slug
                FROM learning_completion c JOIN catalogue_module mo ON mo.id = c.module_id
                JOIN catalogue_module_version v ON v.id = c.module_version_id
                LEFT JOIN significant sg ON sg.module_id = c.module_id
               WHERE (c.expires_at IS NULL OR c.expires_at > ?) AND v.version_number >= COALESCE(sg.latest, 0)),
            staff AS (
              SELECT cr.slug, m.practice_id, count(*) AS n
                FROM crit cr JOIN membership m ON m.status = 'ACTIVE' AND m.job_role = ANY (cr.roles)
               WHERE cr.kind = 'TRAINING_COVERAGE' GROUP BY cr.slug, m.practice_id),
            holders AS (
              SELECT m.practice_id, m.job_role, h.slug AS module, count(DISTINCT m.person_id) AS n
                FROM membership m JOIN holding h ON h.person_id = m.person_id
               WHERE m.status = 'ACTIVE' AND m.job_role <> 'PPG_MEMBER'
               GROUP BY m.practice_id, m.job_role, h.slug),
            coverage AS (
              SELECT cr.slug, h.practice_id, h.module, sum(h.n) AS n
                FROM crit cr JOIN holders h ON h.job_role = ANY (cr.roles) AND h.module = ANY (cr.modules)
               WHERE cr.kind = 'TRAINING_COVERAGE' GROUP BY cr.slug, h.practice_id, h.module),
            ppg AS (
              SELECT cr.slug, m.practice_id, m.id
                FROM crit cr JOIN membership m ON m.status = 'ACTIVE' AND m.job_role = 'PPG_MEMBER'
                JOIN holding h ON h.person_id = m.person_id AND h.slug = ANY (cr.modules)
               WHERE cr.kind = 'PPG_TRAINING'
               GROUP BY cr.slug, m.practice_id, m.id, cr.modules HAVING count(DISTINCT h.slug) = cardinality(cr.modules)),
            latest_month AS (
              SELECT practice_id, measure, max(month_start) AS month_start FROM practice_uptake_figure
               WHERE is_latest GROUP BY practice_id, measure),
            sessions AS (
              SELECT cr.slug, s.practice_id, count(*) AS n
                FROM crit cr JOIN practice_upskilling_session s ON s.held_on > ?
                 AND (cr.condition_focus IS NULL OR s.condition_focus = cr.condition_focus)
               WHERE cr.kind = 'SESSIONS' GROUP BY cr.slug, s.practice_id),
            met AS (
              SELECT st.practice_id, st.slug
                FROM staff st JOIN crit cr ON cr.slug = st.slug
                LEFT JOIN coverage cv ON cv.slug = st.slug AND cv.practice_id = st.practice_id
                 AND cv.n * 100 >= cr.target * st.n
               WHERE st.n > 0 GROUP BY st.practice_id, st.slug, cr.modules
              HAVING count(cv.module) = cardinality(cr.modules)
              UNION ALL
              SELECT pp.practice_id, pp.slug FROM ppg pp JOIN crit cr ON cr.slug = pp.slug
               GROUP BY pp.practice_id, pp.slug, cr.target HAVING count(*) >= cr.target
              UNION ALL
              SELECT DISTINCT f.practice_id, cr.slug
                FROM crit cr JOIN practice_uptake_figure f ON f.measure = cr.measure AND f.is_latest
                JOIN latest_month lm ON lm.practice_id = f.practice_id AND lm.measure = f.measure
                 AND lm.month_start = f.month_start
                LEFT JOIN evidence_file e ON e.id = f.evidence_file_id
               WHERE cr.kind = 'METRIC_THRESHOLD' AND f.figure >= cr.target
                 AND (f.evidence_reference IS NOT NULL OR e.original_name IS NOT NULL)
              UNION ALL
              SELECT se.practice_id, se.slug FROM sessions se JOIN crit cr ON cr.slug = se.slug WHERE se.n >= cr.target),
            judged AS (
              SELECT p.id AS practice_id, cr.slug, cr.level_rank,
                     (mt.practice_id IS NOT NULL OR (cr.kind IN ('PPG_TRAINING', 'SESSIONS') AND cr.target <= 0)) AS met
                FROM practice p CROSS JOIN crit cr
                LEFT JOIN met mt ON mt.practice_id = p.id AND mt.slug = cr.slug),
            first_unmet AS (
              SELECT p.id AS practice_id, min(j.level_rank) FILTER (WHERE NOT j.met) AS level_rank
                FROM practice p LEFT JOIN judged j ON j.practice_id = p.id GROUP BY p.id)
            SELECT 'level', l.slug, count(f.practice_id) FILTER (WHERE f.level_rank IS NULL OR f.level_rank > l.level_rank),
                   l.level_rank
              FROM accreditation_level l JOIN accreditation_scheme s ON s.id = l.scheme_id AND s.is_current
             CROSS JOIN first_unmet f
             GROUP BY l.slug, l.level_rank
            UNION ALL
            SELECT 'criterion', slug, count(*) FILTER (WHERE met), 0 FROM judged GROUP BY slug
             ORDER BY 1 DESC, 4, 2
            """;

    static Counts sql(SuiteSettings settings, Instant now, LocalDate today) throws SQLException {
        try (Connection connection = connect(settings); PreparedStatement query = connection.prepareStatement(AGGREGATE)) {
            query.setTimestamp(1, Timestamp.from(now));
            query.setObject(2, UpskillingSession.twelveMonthsBefore(today));
            Counts counts = new Counts(new LinkedHashMap<>(), new TreeMap<>());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    (rows.getString(1).equals("level") ? counts.levels() : counts.criteria()).put(rows.getString(2), rows.getLong(3));
                }
            }
            return counts;
        }
    }

    private static Connection connect(SuiteSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
    }

    /** The report's row for a result; adds a note when the two ways disagree or no practice meets any level. */
    static Map<String, Object> row(Result result, List<String> notes) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("practices", result.practices());
        row.put("batch", BATCH);
        row.put("runs", result.runs());
        row.put("academyMillis", result.academyMillis());
        row.put("sqlMillis", result.sqlMillis());
        row.put("ratio", result.ratio());
        row.put("academyLevels", result.academyCounts().levels());
        row.put("sqlLevels", result.sqlCounts().levels());
        row.put("academyCriteria", result.academyCounts().criteria());
        row.put("sqlCriteria", result.sqlCounts().criteria());
        row.put("countsAgree", result.countsAgree());
        row.put("target", "≤ 2× the SQL aggregate");
        row.put("verdict", Targets.readiness(result.ratio(), result.countsAgree()).word());
        if (!result.countsAgree()) {
            notes.add("Readiness: the academy and the SQL aggregate disagree on how many practices meet a level or "
                    + "criterion " + result.academyCounts() + " vs " + result.sqlCounts() + ": one of them is wrong.");
        }
        if (result.academyCounts().levels().values().stream().allMatch(count -> count == 0)) {
            notes.add("Readiness: no practice meets even the lowest level (in the generated country, uptake figures "
                    + "carry no evidence, so no metric criterion is met); the two ways are compared on the counts per "
                    + "criterion as well.");
        }
        return row;
    }
}
