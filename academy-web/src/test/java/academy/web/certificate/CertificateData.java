package academy.web.certificate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import academy.web.DemoAccounts;
import academy.web.TestDatabase;

/** Demo completions to certify, and the database's view of certificates. */
public final class CertificateData {

    /** A demo completion and the staff member who made it (who signs in with the demo password). */
    public record DemoCompletion(long id, String email, long practiceId) {
    }

    private CertificateData() {
    }

    /**
     * A completion at Riverside by one of its numbered demo staff that has no certificate yet, so
     * each test issues, counts and revokes certificates of its own, whatever ran before it.
     */
    public static DemoCompletion uncertifiedRiversideCompletion() throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT c.id, p.email_lower, c.practice_id FROM learning_completion c"
                     + " JOIN person p ON p.id = c.person_id JOIN practice pr ON pr.id = c.practice_id"
                     + " WHERE pr.ods_code = ? AND p.email_lower LIKE 'staff%.riverside@academy.example'"
                     + " AND NOT EXISTS (SELECT 1 FROM certificate x WHERE x.completion_id = c.id)"
                     // Training done elsewhere has its provider's certificate, never the academy's.
                     + " AND c.source <> 'EXTERNAL_EVIDENCE' ORDER BY c.id LIMIT 1")) {
            query.setString(1, DemoAccounts.PRACTICE_A);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("every Riverside staff completion has a certificate; recreate the test database");
                }
                return new DemoCompletion(row.getLong(1), row.getString(2), row.getLong(3));
            }
        }
    }

    /** Any completion at the practice (by ODS code) that has no certificate yet. */
    static DemoCompletion uncertifiedCompletionAt(String odsCode) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT c.id, p.email_lower, c.practice_id FROM learning_completion c"
                     + " JOIN person p ON p.id = c.person_id JOIN practice pr ON pr.id = c.practice_id WHERE pr.ods_code = ?"
                     + " AND NOT EXISTS (SELECT 1 FROM certificate x WHERE x.completion_id = c.id)"
                     + " AND c.source <> 'EXTERNAL_EVIDENCE' ORDER BY c.id LIMIT 1")) {
            query.setString(1, odsCode);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("every completion at " + odsCode + " has a certificate; recreate the test database");
                }
                return new DemoCompletion(row.getLong(1), row.getString(2), row.getLong(3));
            }
        }
    }

    /** The id and ODS code of a practice where nobody has completed anything, so it has no certificates. */
    static List<String> practiceWithoutCertificates() throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT pr.id, pr.ods_code FROM practice pr"
                     + " WHERE NOT EXISTS (SELECT 1 FROM certificate x WHERE x.practice_id = pr.id)"
                     + " AND NOT EXISTS (SELECT 1 FROM learning_completion c WHERE c.practice_id = pr.id)"
                     + " ORDER BY pr.ods_code DESC LIMIT 1");
             ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("every practice has completions; recreate the test database");
            }
            return List.of(Long.toString(row.getLong(1)), row.getString(2));
        }
    }

    public static List<String> serialsOf(long completionId) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT serial FROM certificate WHERE completion_id = ? ORDER BY generation")) {
            query.setLong(1, completionId);
            List<String> serials = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    serials.add(row.getString(1));
                }
            }
            return serials;
        }
    }

    static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    static long idOf(String serial) throws SQLException {
        return count("SELECT id FROM certificate WHERE serial = ?", serial);
    }

    /** Revokes as an administrator would (the revocation page comes with kite-mark awards). */
    static void revoke(String serial, String reason) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement update = db.prepareStatement("UPDATE certificate SET revoked_at = CURRENT_TIMESTAMP,"
                     + " revoked_reason = ?, revoked_by = 'test' WHERE serial = ?")) {
            update.setString(1, reason);
            update.setString(2, serial);
            update.executeUpdate();
        }
    }

    /** The serials of a subject's certificates ("award:45"), oldest generation first. */
    static List<String> serialsOfSubject(String subjectKey) throws SQLException {
        return texts("SELECT serial FROM certificate WHERE subject_key = ? ORDER BY generation", subjectKey);
    }

    static String odsCodeOf(long practiceId) throws SQLException {
        return texts("SELECT ods_code FROM practice WHERE id = ?", practiceId).get(0);
    }

    static long practiceIdOf(String odsCode) throws SQLException {
        return count("SELECT id FROM practice WHERE ods_code = ?", odsCode);
    }

    /** A text column of a kite-mark award. */
    static String awardText(long awardId, String column) throws SQLException {
        return texts("SELECT " + column + " FROM kitemark_award WHERE id = ?", awardId).get(0);
    }

    /** A date column of a kite-mark award. */
    static java.time.LocalDate awardDay(long awardId, String column) throws SQLException {
        return java.time.LocalDate.parse(awardText(awardId, "CAST(" + column + " AS VARCHAR)"));
    }

    static void update(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    private static List<String> texts(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<String> texts = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    texts.add(row.getString(1));
                }
            }
            return texts;
        }
    }
}
