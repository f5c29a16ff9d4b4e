package academy.web.accreditation;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import academy.certificate.CertificatePipeline;
import academy.web.TestDatabase;

/**
 * Applications, decisions, kite-mark awards and award certificates written straight into the test
 * database for one test, against the current scheme's levels; decided by the demo assessor. Each
 * award has a serial of its own ("KM-9999-" and nine random digits, a well-formed award serial), so tests
 * never meet; its certificates carry the current template, as certificates the academy makes do.
 */
final class RegisterAwardData implements AutoCloseable {

    private final Connection db;

    RegisterAwardData() throws SQLException {
        this.db = TestDatabase.connect();
    }

    /** Gives the practice a locality (the test practices are made without one). */
    void locality(long practiceId, String locality) throws SQLException {
        update("UPDATE practice SET locality = ?, locality_lower = ? WHERE id = ?", locality,
                locality.toLowerCase(Locale.ROOT), practiceId);
    }

    /** An application for the level in the status, submitted then; closed then when not null. */
    long application(long practiceId, int levelRank, String status, Instant submittedAt, Instant closedAt)
            throws SQLException {
        long id = nextId("accreditation_seq");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO accreditation_application (id, practice_id,"
                + " scheme_id, level_slug, level_rank, level_title, status, submitted_at, assessor_id, assigned_at, closed_at)"
                + " SELECT ?, ?, s.id, l.slug, l.level_rank, l.title, ?, ?, ?, ?, ? FROM accreditation_scheme s"
                + " JOIN accreditation_level l ON l.scheme_id = s.id WHERE s.is_current AND l.level_rank = ?")) {
            insert.setLong(1, id);
            insert.setLong(2, practiceId);
            insert.setString(3, status);
            insert.setTimestamp(4, Timestamp.from(submittedAt));
            boolean assigned = !status.equals("SUBMITTED");
            insert.setObject(5, assigned ? assessorId() : null);
            insert.setTimestamp(6, assigned ? Timestamp.from(submittedAt) : null);
            insert.setTimestamp(7, closedAt == null ? null : Timestamp.from(closedAt));
            insert.setInt(8, levelRank);
            if (insert.executeUpdate() != 1) {
                throw new AssertionError("no level of rank " + levelRank + " in the current scheme");
            }
        }
        return id;
    }

    /** An award of the level valid over the days given (both inclusive), decided on its first day. */
    long award(long practiceId, int levelRank, LocalDate validFrom, LocalDate validUntil) throws SQLException {
        Instant decided = validFrom.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        long applicationId = application(practiceId, levelRank, "AWARDED", decided.minus(Duration.ofDays(20)), decided);
        long decisionId = nextId("accreditation_seq");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO accreditation_decision (id, application_id,"
                + " outcome, reasons, decided_by, decided_as, decided_at) VALUES (?, ?, 'AWARD', 'Every criterion met.', ?,"
                + " 'ASSESSOR', ?)")) {
            insert.setLong(1, decisionId);
            insert.setLong(2, applicationId);
            insert.setLong(3, assessorId());
            insert.setTimestamp(4, Timestamp.from(decided));
            insert.executeUpdate();
        }
        long id = nextId("award_seq");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO kitemark_award (id, serial, practice_id,"
                + " application_id, decision_id, scheme_id, scheme_version, level_slug, level_rank, level_title, assessor_id,"
                + " assessor_name, valid_from, valid_until, awarded_at)"
                + " SELECT ?, ?, a.practice_id, a.id, ?, a.scheme_id, s.version, a.level_slug, a.level_rank, a.level_title,"
                + " ?, 'Test Assessor', ?, ?, ? FROM accreditation_application a JOIN accreditation_scheme s"
                + " ON s.id = a.scheme_id WHERE a.id = ?")) {
            insert.setLong(1, id);
            insert.setString(2, "KM-9999-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000));
            insert.setLong(3, decisionId);
            insert.setLong(4, assessorId());
            insert.setDate(5, Date.valueOf(validFrom));
            insert.setDate(6, Date.valueOf(validUntil));
            insert.setTimestamp(7, Timestamp.from(decided));
            insert.setLong(8, applicationId);
            insert.executeUpdate();
        }
        return id;
    }

    void lapse(long awardId) throws SQLException {
        update("UPDATE kitemark_award SET lapsed_at = CURRENT_TIMESTAMP WHERE id = ?", awardId);
    }

    void revoke(long awardId, String reason) throws SQLException {
        update("UPDATE kitemark_award SET revoked_at = CURRENT_TIMESTAMP, revoked_by = ?, revocation_reason = ? WHERE id = ?",
                assessorId(), reason, awardId);
    }

    void supersede(long awardId, long byAwardId) throws SQLException {
        update("UPDATE kitemark_award SET superseded_at = CURRENT_TIMESTAMP, superseded_by_id = ? WHERE id = ?", byAwardId,
                awardId);
    }

    String serialOf(long awardId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT serial FROM kitemark_award WHERE id = ?")) {
            query.setLong(1, awardId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** A kite-mark certificate of the award (generation 1, 2, ...); returns its serial. */
    String certificate(long awardId, int generation) throws SQLException {
        String serial = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
        long id = nextId("certificate_seq");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO certificate (id, serial, kind, subject_key,"
                + " generation, title, holder_name, practice_id, issued_at, valid_from, template_version, pdf_sha256,"
                + " achievement_id, achievement_type, achievement_name, achievement_description, achievement_criteria,"
                + " recipient_type, recipient_value, recipient_hashed)"
                + " SELECT ?, ?, 'KITE_MARK', ?, ?, 'Kite mark', 'Test practice', a.practice_id, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, " + CertificatePipeline.TEMPLATE_VERSION + ", ?, 'urn:test', 'Badge', 'Kite mark', 'Kite mark', 'Kite mark', 'name', 'Test', FALSE"
                + " FROM kitemark_award a WHERE a.id = ?")) {
            insert.setLong(1, id);
            insert.setString(2, serial);
            insert.setString(3, "award:" + awardId);
            insert.setInt(4, generation);
            insert.setString(5, "0".repeat(64));
            insert.setLong(6, awardId);
            insert.executeUpdate();
        }
        if (generation > 1) {
            update("UPDATE certificate SET superseded_at = CURRENT_TIMESTAMP, superseded_by_id = ? WHERE subject_key = ?"
                    + " AND generation = ?", id, "award:" + awardId, generation - 1);
        }
        return serial;
    }

    private long assessorId() throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT id FROM person WHERE email_lower = 'assessor@academy.example'");
             ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new AssertionError("no demo assessor");
            }
            return row.getLong(1);
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    private long nextId(String sequence) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT nextval('" + sequence + "')");
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
