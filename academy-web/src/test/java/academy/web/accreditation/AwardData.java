package academy.web.accreditation;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import academy.web.DemoAccounts;
import academy.web.TestDatabase;

/**
 * Awards and decisions of a practice of its own, written straight into the test database as the
 * assessment pages (another feature) would leave them: an application closed by a decision, the
 * award it made with its conditions, or a refusal. People made here sign in with the demo password
 * (their hash is the demo account's), so a test can act as a second assessor or a new manager.
 */
final class AwardData implements AutoCloseable {

    private final Connection db;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    AwardData() throws SQLException {
        this.db = TestDatabase.connect();
    }

    /** A new practice with a manager who can sign in; returns the practice's id. */
    long practice(String name) throws SQLException {
        try (PracticeData practice = PracticeData.newPractice(name + " " + tag)) {
            return practice.id();
        }
    }

    /** A person who signs in with the demo password, and their membership; returns the email address. */
    String member(long practiceId, String jobRole) throws SQLException {
        long personId = person("Manager " + tag, null);
        insert("INSERT INTO membership (id, person_id, practice_id, job_role, status, created_at, started_at)"
                + " VALUES (?, ?, ?, ?, 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                nextId("practice_seq"), personId, practiceId, jobRole);
        return email(personId);
    }

    /** An assessor who signs in with the demo password; returns their id. */
    long assessor(String name) throws SQLException {
        return person(name + " " + tag, "ASSESSOR");
    }

    String email(long personId) {
        return "p" + personId + "-" + tag + "@lifecycle-test.example";
    }

    /**
     * An application for the scheme's first level, closed by an awarding decision of {@code decidedBy},
     * and its award valid from and until the days given, with conditions (deadlines); returns the award's id.
     */
    long award(long practiceId, long decidedBy, LocalDate validFrom, LocalDate validUntil, String remindersSent,
               LocalDate... conditionDeadlines) throws SQLException {
        Instant decidedAt = validFrom.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        long[] ids = decided(practiceId, decidedBy, "AWARDED",
                conditionDeadlines.length == 0 ? "AWARD" : "AWARD_WITH_CONDITIONS", decidedAt);
        long awardId = nextId("award_seq");
        Object[] level = level();
        insert("INSERT INTO kitemark_award (id, serial, practice_id, application_id, decision_id, scheme_id, scheme_version,"
                + " level_slug, level_rank, level_title, assessor_id, assessor_name, valid_from, valid_until, awarded_at,"
                + " reminders_sent) SELECT ?, ?, ?, ?, ?, ?, s.version, ?, ?, ?, ?, 'Decided Assessor', ?, ?, ?, ?"
                + " FROM accreditation_scheme s WHERE s.id = ?",
                awardId, "KM-2099-" + String.format("%09d", awardId), practiceId, ids[0], ids[1], level[0], level[1],
                level[2], level[3], decidedBy, Date.valueOf(validFrom), Date.valueOf(validUntil), Timestamp.from(decidedAt),
                remindersSent, level[0]);
        for (int i = 0; i < conditionDeadlines.length; i++) {
            insert("INSERT INTO kitemark_award_condition (id, award_id, position, description, deadline, status)"
                    + " VALUES (?, ?, ?, ?, ?, 'OPEN')", nextId("award_seq"), awardId, i + 1,
                    "Condition " + (i + 1) + ": hold two upskilling sessions", Date.valueOf(conditionDeadlines[i]));
        }
        return awardId;
    }

    /** An application refused by {@code decidedBy} at {@code decidedAt}; returns the application's id. */
    long refusal(long practiceId, long decidedBy, Instant decidedAt) throws SQLException {
        return decided(practiceId, decidedBy, "REFUSED", "REFUSE", decidedAt)[0];
    }

    String text(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(text(sql, parameters));
    }

    private long[] decided(long practiceId, long decidedBy, String status, String outcome, Instant decidedAt)
            throws SQLException {
        Object[] level = level();
        long applicationId = nextId("accreditation_seq");
        insert("INSERT INTO accreditation_application (id, practice_id, scheme_id, level_slug, level_rank, level_title, status,"
                + " submitted_at, assessor_id, assigned_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                applicationId, practiceId, level[0], level[1], level[2], level[3], status,
                Timestamp.from(decidedAt.minusSeconds(86_400)), decidedBy, Timestamp.from(decidedAt.minusSeconds(3_600)),
                Timestamp.from(decidedAt));
        long decisionId = nextId("accreditation_seq");
        insert("INSERT INTO accreditation_decision (id, application_id, outcome, reasons, decided_by, decided_as, decided_at)"
                + " VALUES (?, ?, ?, 'The reasons of the test.', ?, 'ASSESSOR', ?)",
                decisionId, applicationId, outcome, decidedBy, Timestamp.from(decidedAt));
        return new long[] {applicationId, decisionId};
    }

    /** The current scheme's id and its first level: slug, rank, title. */
    private Object[] level() throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT s.id, l.slug, l.level_rank, l.title FROM accreditation_level l"
                + " JOIN accreditation_scheme s ON s.id = l.scheme_id WHERE s.is_current ORDER BY l.level_rank");
             ResultSet row = query.executeQuery()) {
            row.next();
            return new Object[] {row.getLong(1), row.getString(2), row.getInt(3), row.getString(4)};
        }
    }

    private long person(String name, String systemRole) throws SQLException {
        long personId = nextId("account_seq");
        String email = email(personId);
        insert("INSERT INTO person (id, display_name, email, email_lower, status, password_hash, created_at)"
                + " SELECT ?, ?, ?, ?, 'ACTIVE', password_hash, CURRENT_TIMESTAMP FROM person WHERE email_lower = ?",
                personId, name, email, email, DemoAccounts.ASSESSOR);
        if (systemRole != null) {
            insert("INSERT INTO person_system_role (person_id, role) VALUES (?, ?)", personId, systemRole);
        }
        return personId;
    }

    private void insert(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            if (statement.executeUpdate() != 1) {
                throw new AssertionError("not inserted: " + sql);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
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
