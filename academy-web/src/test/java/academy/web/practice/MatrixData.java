package academy.web.practice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;

import academy.web.TestDatabase;

/**
 * Learning history for matrix tests, written straight into the test database: an enrolment in a
 * module's current version and, optionally, a face-to-face completion made at a given moment (its
 * expiry follows the version's refresh period, as the academy computes it). Ids come from the
 * academy's own sequences, a whole block per call.
 */
public final class MatrixData {

    private MatrixData() {
    }

    /** Enrols the person in the module without completing it (the module is "in progress"). */
    public static long enrol(long personId, String moduleSlug) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            long moduleId = single(db, "SELECT id FROM catalogue_module WHERE slug = '" + moduleSlug + "'");
            long enrolment = single(db, "SELECT nextval('learning_seq')");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO learning_enrolment (id, person_id, module_id,"
                    + " started_at, last_activity_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                insert.setLong(1, enrolment);
                insert.setLong(2, personId);
                insert.setLong(3, moduleId);
                insert.executeUpdate();
            }
            return enrolment;
        }
    }

    /** Enrols the person and records a completion of the module's current version made at {@code completedAt}. */
    public static void complete(long personId, long practiceId, String moduleSlug, Instant completedAt) throws SQLException {
        long enrolment = enrol(personId, moduleSlug);
        try (Connection db = TestDatabase.connect()) {
            long versionId;
            long moduleId;
            int versionNumber;
            Integer refreshMonths;
            try (PreparedStatement query = db.prepareStatement("SELECT v.id, v.module_id, v.version_number, v.refresh_months"
                    + " FROM catalogue_module_version v JOIN catalogue_module m ON m.current_version_id = v.id WHERE m.slug = ?")) {
                query.setString(1, moduleSlug);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    versionId = result.getLong(1);
                    moduleId = result.getLong(2);
                    versionNumber = result.getInt(3);
                    refreshMonths = (Integer) result.getObject(4);
                }
            }
            long completion = single(db, "SELECT nextval('learning_seq')");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO learning_completion (id, person_id, module_id,"
                    + " module_version_id, version_number, completed_at, expires_at, practice_id, source, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'FACE_TO_FACE', CURRENT_TIMESTAMP)")) {
                insert.setLong(1, completion);
                insert.setLong(2, personId);
                insert.setLong(3, moduleId);
                insert.setLong(4, versionId);
                insert.setInt(5, versionNumber);
                insert.setTimestamp(6, Timestamp.from(completedAt));
                insert.setTimestamp(7, refreshMonths == null ? null
                        : Timestamp.from(completedAt.atOffset(ZoneOffset.UTC).plusMonths(refreshMonths).toInstant()));
                insert.setLong(8, practiceId);
                insert.executeUpdate();
            }
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE learning_enrolment SET latest_completion_id = ? WHERE id = ?")) {
                update.setLong(1, completion);
                update.setLong(2, enrolment);
                update.executeUpdate();
            }
        }
    }

    public static long personIdOf(long membershipId) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            return single(db, "SELECT person_id FROM membership WHERE id = " + membershipId);
        }
    }

    /** A new current member of the practice in the job role (e.g. RECEPTIONIST); returns the person's id. */
    public static long staff(long practiceId, String name, String jobRole) throws SQLException {
        return personIdOf(RosterData.member(practiceId, name, RosterData.uniqueEmail("matrix"), jobRole));
    }

    public static long practiceId(String odsCode) throws SQLException {
        return RosterData.practiceId(odsCode);
    }

    public static String uniqueName(String name) {
        return RosterData.uniqueName(name);
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
