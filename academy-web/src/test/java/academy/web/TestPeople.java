package academy.web;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import academy.account.PasswordHashing;
import academy.account.SecretToken;
import academy.practice.JobRole;
import academy.practice.JoinCode;

/**
 * People and practices for the HTTP tests, written straight into the test database: the pages
 * that create them (an administrator's, a manager's) are not what these tests are about. Ids come
 * from the academy's own sequences, so they never collide with rows the academy writes.
 */
public final class TestPeople {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Fewer rounds than production: the tests check the flow, not the cost. Old hashes are upgraded on sign-in anyway. */
    private static final PasswordHashing HASHING = new PasswordHashing(10_000, RANDOM);

    private TestPeople() {
    }

    /** A practice of its own: id, name, join code and ODS code. */
    public record TestPractice(long id, String name, String joinCode, String odsCode) {
    }

    public static TestPractice practice() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ods = "T" + String.format("%05d", RANDOM.nextInt(100_000));
        String name = "Test Practice " + suffix;
        String joinCode = JoinCode.generate(RANDOM).value();
        try (Connection db = TestDatabase.connect()) {
            long id = next(db, "practice_seq");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO practice (id, ods_code, name, name_lower, pcn,"
                    + " address, status, join_code, join_code_changed_at, created_at)"
                    + " VALUES (?, ?, ?, ?, 'Test PCN', '1 Test Street', 'ACTIVE', ?, now(), now())")) {
                insert.setLong(1, id);
                insert.setString(2, ods);
                insert.setString(3, name);
                insert.setString(4, name.toLowerCase());
                insert.setString(5, joinCode);
                insert.executeUpdate();
            }
            return new TestPractice(id, name, joinCode, ods);
        } catch (SQLException e) {
            // An ODS code taken by an earlier run: try another.
            if (e.getMessage().contains("uq_practice")) {
                return practice();
            }
            throw new IllegalStateException(e);
        }
    }

    /** An active account with this password; returns its email address. */
    public static String person(String displayName, String password) {
        String email = "it-" + UUID.randomUUID().toString().substring(0, 12) + "@academy.test";
        try (Connection db = TestDatabase.connect()) {
            long id = next(db, "account_seq");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO person (id, display_name, email, email_lower,"
                    + " status, password_hash, created_at) VALUES (?, ?, ?, ?, 'ACTIVE', ?, now())")) {
                insert.setLong(1, id);
                insert.setString(2, displayName);
                insert.setString(3, email);
                insert.setString(4, email);
                insert.setString(5, HASHING.hash(password).format());
                insert.executeUpdate();
            }
            return email;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the person an active member of the practice in this job role. */
    public static void member(String email, TestPractice practice, JobRole role) {
        try (Connection db = TestDatabase.connect()) {
            long id = next(db, "practice_seq");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO membership (id, person_id, practice_id,"
                    + " job_role, status, created_at, started_at)"
                    + " SELECT ?, p.id, ?, ?, 'ACTIVE', now(), now() FROM person p WHERE p.email_lower = ?")) {
                insert.setLong(1, id);
                insert.setLong(2, practice.id());
                insert.setString(3, role.name());
                insert.setString(4, email);
                if (insert.executeUpdate() != 1) {
                    throw new IllegalStateException("no person " + email);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives the person a system role: {@code ASSESSOR} or {@code ADMINISTRATOR}. */
    public static void systemRole(String email, String role) {
        try (Connection db = TestDatabase.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO person_system_role (person_id, role)"
                     + " SELECT p.id, ? FROM person p WHERE p.email_lower = ?")) {
            insert.setString(1, role);
            insert.setString(2, email);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("no person " + email);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An open staff invitation to the practice; returns the secret of the link the mail would carry. */
    public static String invitation(TestPractice practice, String email, String displayName, JobRole role) {
        return rowWithToken("practice_seq", "INSERT INTO invitation (id, token_hash, practice_id, email, email_lower,"
                + " display_name, job_role, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, now(), now() + interval '7 days')",
                practice.id(), email, email.toLowerCase(), displayName, role.name());
    }

    /**
     * An open request of the person to move their account to {@code newEmail}, as the profile page
     * makes one; returns the secret of the link the mail to the new address would carry.
     */
    public static String emailChange(String email, String newEmail) {
        return rowWithToken("account_seq", "INSERT INTO account_token (id, token_hash, person_id, purpose, new_email, created_at,"
                + " expires_at) SELECT ?, ?, id, 'EMAIL_CHANGE', ?, now(), now() + interval '24 hours' FROM person WHERE email_lower = ?",
                newEmail, email.toLowerCase());
    }

    /**
     * Inserts one row whose first two parameters are a new id from the sequence and a fresh token's
     * hash, then {@code values}; returns the token's secret.
     */
    private static String rowWithToken(String sequence, String sql, Object... values) {
        SecretToken token = SecretToken.generate(RANDOM);
        try (Connection db = TestDatabase.connect(); PreparedStatement insert = db.prepareStatement(sql)) {
            insert.setLong(1, next(db, sequence));
            insert.setString(2, token.hash().hex());
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 3, values[i]);
            }
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("no row made by " + sql);
            }
            return token.value();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The client address the audit trail recorded for the person's (first) successful sign-in. */
    public static String signInAddress(String email) {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT a.client_address FROM audit_entry a"
                     + " JOIN person p ON a.subject_key = CAST(p.id AS VARCHAR(20))"
                     + " WHERE a.action = 'signin.succeeded' AND a.subject_type = 'person' AND p.email_lower = ?"
                     + " ORDER BY a.id")) {
            query.setString(1, email.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no successful sign-in of " + email + " in the audit trail");
                }
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new unused email address. */
    public static String newEmail() {
        return "it-" + UUID.randomUUID().toString().substring(0, 12) + "@academy.test";
    }

    /** An unsubscribe link of a reminder mail to the person, as the reminder pass stores it; returns its secret. */
    public static String unsubscribeLink(String email) {
        String token = "tour-" + UUID.randomUUID();
        try (Connection db = TestDatabase.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO reminder_unsubscribe (token_hash, person_id, created_at)"
                     + " SELECT ?, p.id, now() FROM person p WHERE p.email_lower = ?")) {
            insert.setString(1, academy.account.TokenHash.ofPresented(token).hex());
            insert.setString(2, email);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("no person " + email);
            }
            return token;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets earlier runs' sign-in attempts, so that the per-address throttle starts afresh. */
    public static void forgetSignInAttempts() {
        try (Connection db = TestDatabase.connect(); PreparedStatement delete = db.prepareStatement("DELETE FROM signin_attempt")) {
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long next(Connection db, String sequence) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT nextval('" + sequence + "')");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
