package academy.web.practice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import academy.web.TestDatabase;

/**
 * Test data for roster tests, written straight into the test database: people who applied to a
 * practice's PPG or are current members, each with a unique address, so no test depends on
 * another. Ids come from the same sequences the academy uses (a whole block per call, so the
 * academy's own allocations never collide with them).
 */
public final class RosterData {

    private RosterData() {
    }

    public static long practiceId(String odsCode) throws SQLException {
        return single("SELECT id FROM practice WHERE ods_code = ?", odsCode);
    }

    public static String joinCode(long practiceId) throws SQLException {
        return text("SELECT join_code FROM practice WHERE id = ?", practiceId);
    }

    /** A person's name no earlier run has used, so a row can be found by name on a shared database. */
    public static String uniqueName(String name) {
        String letters = java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return name + "-" + Character.toUpperCase(letters.charAt(0)) + letters.substring(1, Math.min(6, letters.length()));
    }

    /** A unique address at the reserved example domain. */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@roster-test.example";
    }

    /** A person with a pending PPG application to the practice; returns the membership id. */
    public static long applicant(long practiceId, String name, String email) throws SQLException {
        return membership(practiceId, name, email, "PPG_MEMBER", "PENDING");
    }

    /** A current member of the practice in the job role (e.g. NURSE); returns the membership id. */
    public static long member(long practiceId, String name, String email, String jobRole) throws SQLException {
        return membership(practiceId, name, email, jobRole, "ACTIVE");
    }

    public static String membershipStatus(long membershipId) throws SQLException {
        return text("SELECT status FROM membership WHERE id = ?", membershipId);
    }

    public static String jobRole(long membershipId) throws SQLException {
        return text("SELECT job_role FROM membership WHERE id = ?", membershipId);
    }

    /** The id of the person's newest membership of the practice. */
    public static long membershipOf(String email, long practiceId) throws SQLException {
        return single("SELECT MAX(m.id) FROM membership m JOIN person p ON p.id = m.person_id"
                + " WHERE p.email_lower = ? AND m.practice_id = ?", email.toLowerCase(java.util.Locale.ROOT), practiceId);
    }

    /** Actions of the audit entries about the practice whose subject key or details mention {@code text}. */
    public static List<String> auditActions(long practiceId, String text) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT action FROM audit_entry WHERE practice_id = ?"
                     + " AND (subject_key LIKE ? OR details LIKE ?) ORDER BY id")) {
            query.setLong(1, practiceId);
            query.setString(2, "%" + text + "%");
            query.setString(3, "%" + text + "%");
            List<String> actions = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    actions.add(result.getString(1));
                }
            }
            return actions;
        }
    }

    /** The text of the latest mail to the address, as the outbox holds it. */
    public static String mailBody(String email) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id DESC")) {
            query.setString(1, email);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new AssertionError("no mail to " + email);
                }
                return result.getString(1);
            }
        }
    }

    public static long count(String sql, Object... parameters) throws SQLException {
        return single(sql, parameters);
    }

    private static long membership(long practiceId, String name, String email, String jobRole, String status)
            throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            long personId = nextId(db, "account_seq");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO person (id, display_name, email, email_lower,"
                    + " status, password_hash, created_at) VALUES (?, ?, ?, ?, 'ACTIVE', NULL, CURRENT_TIMESTAMP)")) {
                insert.setLong(1, personId);
                insert.setString(2, name);
                insert.setString(3, email);
                insert.setString(4, email.toLowerCase(java.util.Locale.ROOT));
                insert.executeUpdate();
            }
            long membershipId = nextId(db, "practice_seq");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO membership (id, person_id, practice_id, job_role,"
                    + " status, created_at, started_at) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP, "
                    + ("ACTIVE".equals(status) ? "CURRENT_TIMESTAMP" : "NULL") + ")")) {
                insert.setLong(1, membershipId);
                insert.setLong(2, personId);
                insert.setLong(3, practiceId);
                insert.setString(4, jobRole);
                insert.setString(5, status);
                insert.executeUpdate();
            }
            return membershipId;
        }
    }

    private static long nextId(Connection db, String sequence) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT nextval('" + sequence + "')");
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String text(String sql, long id) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new AssertionError("no row for " + sql + " with " + id);
                }
                return result.getString(1);
            }
        }
    }

    private static long single(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new AssertionError("no row for " + sql);
                }
                return result.getLong(1);
            }
        }
    }
}
