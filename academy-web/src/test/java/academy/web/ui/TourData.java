package academy.web.ui;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import academy.practice.JobRole;
import academy.web.DemoAccounts;
import academy.web.TestDatabase;
import academy.web.TestPeople;
import academy.web.TestPeople.TestPractice;

/**
 * What the page tour needs besides the demo region: people and a practice with nothing yet (the
 * empty states), and the keys of records the demo seeded (a module, a guide, a kite mark in
 * force, an application in review), read from the test database. Each is made or read once, on
 * first use, so that a tour of a few pages makes only what those pages need.
 */
final class TourData {

    /** A module for staff, with lessons and a quiz, that the new learner starts. */
    static final String STAFF_MODULE = "data-security-and-protection";

    private TestPractice emptyPractice;
    private String newLearner;
    private String newManager;
    private String appointee;
    private String joiner;
    private Long appealToHear;

    /** A practice with no staff but its new manager, no sessions and no kite mark. */
    synchronized TestPractice emptyPractice() {
        if (emptyPractice == null) {
            emptyPractice = TestPeople.practice();
        }
        return emptyPractice;
    }

    /** A receptionist of the empty practice who has started nothing. */
    synchronized String newLearner() {
        if (newLearner == null) {
            newLearner = TestPeople.person("Nia Newcomer", DemoAccounts.PASSWORD);
            TestPeople.member(newLearner, emptyPractice(), JobRole.RECEPTIONIST);
        }
        return newLearner;
    }

    /** The manager of the empty practice. */
    synchronized String newManager() {
        if (newManager == null) {
            newManager = TestPeople.person("Mo Newmanager", DemoAccounts.PASSWORD);
            TestPeople.member(newManager, emptyPractice(), JobRole.PRACTICE_MANAGER);
            newLearner();
        }
        return newManager;
    }

    /** The address of the assessor the administrator appoints during the tour. */
    synchronized String appointee() {
        if (appointee == null) {
            appointee = TestPeople.newEmail();
        }
        return appointee;
    }

    /** The address of the patient who registers with the empty practice during the tour. */
    synchronized String joiner() {
        if (joiner == null) {
            joiner = TestPeople.newEmail();
        }
        return joiner;
    }

    /**
     * An appeal against the revocation of Harbour View's kite mark (the demo's revoked award), lodged two
     * days ago and given yesterday to the demo assessor, who has not decided it yet. The revocation under
     * appeal is put down to another assessor: an assessor never hears an appeal against his own decision.
     */
    synchronized long appealToHear() {
        if (appealToHear == null) {
            long otherAssessor = number("SELECT id FROM person WHERE email_lower = ?",
                    TestPeople.person("Rhea Revoker", DemoAccounts.PASSWORD));
            long lodger = number("SELECT id FROM person WHERE email_lower = ?", TestPeople.person("Hal Harbour", DemoAccounts.PASSWORD));
            long id = number("SELECT nextval('appeal_seq')");
            update("INSERT INTO accreditation_appeal (id, practice_id, kind, award_id, decided_by, grounds, lodged_by, lodged_at,"
                    + " status, assessor_id, assigned_at)"
                    + " SELECT ?, w.practice_id, 'REVOCATION', w.id, ?, 'Our Wi-Fi survey was sent before the revocation but not read.',"
                    + " ?, now() - interval '2 days', 'ASSIGNED', (SELECT id FROM person WHERE email_lower = ?), now() - interval '1 day'"
                    + " FROM kitemark_award w JOIN practice p ON p.id = w.practice_id"
                    + " WHERE p.ods_code = 'Y09008' AND w.revoked_at IS NOT NULL ORDER BY w.id DESC LIMIT 1",
                    id, otherAssessor, lodger, DemoAccounts.ASSESSOR);
            appealToHear = id;
        }
        return appealToHear;
    }

    String guide() {
        return text("SELECT slug FROM catalogue_guide ORDER BY slug");
    }

    String showcase() {
        return text("SELECT slug FROM catalogue_showcase WHERE active ORDER BY slug");
    }

    long practiceId(String odsCode) {
        return number("SELECT id FROM practice WHERE ods_code = ?", odsCode);
    }

    /** The serial of a kite-mark certificate the demo issued. */
    String kiteMarkSerial() {
        return text("SELECT serial FROM certificate WHERE kind = 'KITE_MARK' ORDER BY id");
    }

    /** The latest application of the demo practice whose application is with an assessor. */
    long applicationInReview() {
        return number("SELECT a.id FROM accreditation_application a JOIN practice p ON p.id = a.practice_id"
                + " WHERE p.ods_code = 'Y09007' ORDER BY a.submitted_at DESC");
    }

    /**
     * The path and query of the link ({@code path?token=…}) in the newest mail to {@code recipient},
     * read from the academy's outbox: in demo mode every mail is kept there.
     */
    String linkInMailTo(String recipient, String path) {
        String body = text("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id DESC", recipient);
        Matcher link = Pattern.compile(Pattern.quote(path) + "\\?token=[A-Za-z0-9_\\-]+").matcher(body);
        if (!link.find()) {
            throw new AssertionError("no link to " + path + " in the mail to " + recipient + ":\n" + body);
        }
        return link.group().substring(1);
    }

    private static void update(String sql, Object... parameters) {
        try (Connection db = TestDatabase.connect(); PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            if (update.executeUpdate() != 1) {
                throw new AssertionError("the tour could not make a row with: " + sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String sql, Object... parameters) {
        return query(sql, parameters).toString();
    }

    private static long number(String sql, Object... parameters) {
        return ((Number) query(sql, parameters)).longValue();
    }

    private static Object query(String sql, Object... parameters) {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("the tour needs a row of: " + sql);
                }
                return row.getObject(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
