package academy.web.accreditation;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import academy.web.TestDatabase;

/**
 * A practice of its own for one test, written straight into the test database: staff, PPG members,
 * completions, sessions, uptake figures and evidence, each with unique keys so that tests never meet.
 * Ids come from the academy's own sequences (a whole block per call, so they never collide with the
 * academy's allocations).
 */
public final class PracticeData implements AutoCloseable {

    private static final String JOIN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final Random RANDOM = new Random();

    private final Connection db;
    private final long practiceId;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private PracticeData(Connection db, long practiceId) {
        this.db = db;
        this.practiceId = practiceId;
    }

    /** A new active practice with an unused ODS code. */
    public static PracticeData newPractice(String name) throws SQLException {
        Connection db = TestDatabase.connect();
        long id = nextId(db, "practice_seq");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO practice (id, ods_code, name, name_lower, pcn,"
                + " address, status, join_code, join_code_changed_at, created_at) VALUES (?, ?, ?, ?, 'Test PCN',"
                + " '1 Test Street', 'ACTIVE', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            insert.setLong(1, id);
            insert.setString(2, unusedOdsCode(db));
            insert.setString(3, name);
            insert.setString(4, name.toLowerCase(Locale.ROOT));
            insert.setString(5, joinCode());
            insert.executeUpdate();
        }
        return new PracticeData(db, id);
    }

    /** More data for a practice made earlier. */
    static PracticeData existing(long practiceId) throws SQLException {
        return new PracticeData(TestDatabase.connect(), practiceId);
    }

    public long id() {
        return practiceId;
    }

    /** A person with a membership in the job role and status (ACTIVE, ENDED, PENDING); returns the person's id. */
    long member(String jobRole, String status) throws SQLException {
        long personId = nextId(db, "account_seq");
        String email = "p" + personId + "-" + tag + "@readiness-test.example";
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO person (id, display_name, email, email_lower,"
                + " status, password_hash, created_at) VALUES (?, ?, ?, ?, 'ACTIVE', NULL, CURRENT_TIMESTAMP)")) {
            insert.setLong(1, personId);
            insert.setString(2, "Person " + personId);
            insert.setString(3, email);
            insert.setString(4, email);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO membership (id, person_id, practice_id, job_role,"
                + " status, created_at, started_at, ended_at) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ?, ?)")) {
            insert.setLong(1, nextId(db, "practice_seq"));
            insert.setLong(2, personId);
            insert.setLong(3, practiceId);
            insert.setString(4, jobRole);
            insert.setString(5, status);
            Timestamp now = Timestamp.from(Instant.now());
            insert.setTimestamp(6, status.equals("PENDING") ? null : now);
            insert.setTimestamp(7, status.equals("ENDED") ? now : null);
            insert.executeUpdate();
        }
        return personId;
    }

    /** A completion of the module's current version, made 30 days ago, expiring at {@code expiresAt} (null: never). */
    void completion(long personId, String moduleSlug, Instant expiresAt) throws SQLException {
        completion(personId, moduleSlug, expiresAt, Instant.now().minus(Duration.ofDays(30)));
    }

    /** A completion of the module's current version made at that moment. */
    void completion(long personId, String moduleSlug, Instant expiresAt, Instant completedAt) throws SQLException {
        long moduleId;
        long versionId;
        int versionNumber;
        try (PreparedStatement query = db.prepareStatement("SELECT m.id, v.id, v.version_number FROM catalogue_module m"
                + " JOIN catalogue_module_version v ON v.id = m.current_version_id WHERE m.slug = ?")) {
            query.setString(1, moduleSlug);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no module " + moduleSlug);
                }
                moduleId = row.getLong(1);
                versionId = row.getLong(2);
                versionNumber = row.getInt(3);
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO learning_completion (id, person_id, module_id,"
                + " module_version_id, version_number, score, completed_at, expires_at, practice_id, source, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, 'FACE_TO_FACE', ?)")) {
            insert.setLong(1, nextId(db, "learning_seq"));
            insert.setLong(2, personId);
            insert.setLong(3, moduleId);
            insert.setLong(4, versionId);
            insert.setInt(5, versionNumber);
            insert.setTimestamp(6, Timestamp.from(completedAt));
            insert.setTimestamp(7, expiresAt == null ? null : Timestamp.from(expiresAt));
            insert.setLong(8, practiceId);
            insert.setTimestamp(9, Timestamp.from(completedAt));
            insert.executeUpdate();
        }
    }

    /** A patient upskilling session held on that day, with the condition focus (null: none). */
    void session(LocalDate heldOn, String condition) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO practice_upskilling_session (id, practice_id,"
                + " held_on, topic, condition_focus, attendees, online_sign_ups, run_by, recorded_at)"
                + " VALUES (?, ?, ?, 'ONLINE_ACCESS', ?, 10, 4, 'STAFF', CURRENT_TIMESTAMP)")) {
            insert.setLong(1, nextId(db, "practice_seq"));
            insert.setLong(2, practiceId);
            insert.setDate(3, Date.valueOf(heldOn));
            insert.setString(4, condition);
            insert.executeUpdate();
        }
    }

    /** An uptake figure revision for a month; {@code latest} false for a superseded one. */
    void figure(String measure, YearMonth month, int revision, String value, String evidence, boolean latest)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO practice_uptake_figure (id, practice_id,"
                + " month_start, measure, revision, figure, source, evidence_reference, is_latest, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'Clinical system report', ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setLong(1, nextId(db, "practice_seq"));
            insert.setLong(2, practiceId);
            insert.setDate(3, Date.valueOf(month.atDay(1)));
            insert.setString(4, measure);
            insert.setInt(5, revision);
            insert.setBigDecimal(6, new BigDecimal(value));
            insert.setString(7, evidence);
            insert.setBoolean(8, latest);
            insert.executeUpdate();
        }
    }

    /**
     * An uptake figure backed by an evidence file (its record only: readiness never reads the bytes)
     * instead of a reference.
     */
    void figureWithFile(String measure, YearMonth month, String value, String fileName) throws SQLException {
        long fileId = nextId(db, "evidence_seq");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO evidence_file (id, practice_id, original_name,"
                + " file_type, size_bytes, sha256, storage_name, uploaded_at)"
                + " VALUES (?, ?, ?, 'PDF', 1234, ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setLong(1, fileId);
            insert.setLong(2, practiceId);
            insert.setString(3, fileName);
            insert.setString(4, "0".repeat(64));
            insert.setString(5, "readiness-test-" + UUID.randomUUID());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO practice_uptake_figure (id, practice_id,"
                + " month_start, measure, revision, figure, source, evidence_file_id, is_latest, recorded_at)"
                + " VALUES (?, ?, ?, ?, 1, ?, 'Clinical system report', ?, TRUE, CURRENT_TIMESTAMP)")) {
            insert.setLong(1, nextId(db, "practice_seq"));
            insert.setLong(2, practiceId);
            insert.setDate(3, Date.valueOf(month.atDay(1)));
            insert.setString(4, measure);
            insert.setBigDecimal(5, new BigDecimal(value));
            insert.setLong(6, fileId);
            insert.executeUpdate();
        }
    }

    /** An evidence statement for a criterion; {@code latest} false for a superseded one. */
    void evidence(String criterion, int revision, String statement, String link, boolean latest) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO accreditation_evidence (id, practice_id,"
                + " criterion_slug, revision, statement, link, is_latest, submitted_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setLong(1, nextId(db, "accreditation_seq"));
            insert.setLong(2, practiceId);
            insert.setString(3, criterion);
            insert.setInt(4, revision);
            insert.setString(5, statement);
            insert.setString(6, link);
            insert.setBoolean(7, latest);
            insert.executeUpdate();
        }
    }

    static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }

    private static String unusedOdsCode(Connection db) throws SQLException {
        while (true) {
            String code = "Z" + (10000 + RANDOM.nextInt(90000));
            try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM practice WHERE ods_code = ?")) {
                query.setString(1, code);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    if (result.getLong(1) == 0) {
                        return code;
                    }
                }
            }
        }
    }

    private static String joinCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(JOIN_ALPHABET.charAt(RANDOM.nextInt(JOIN_ALPHABET.length())));
        }
        return code.toString();
    }

    private static long nextId(Connection db, String sequence) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT nextval('" + sequence + "')");
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
