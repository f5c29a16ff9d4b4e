package academy.web.learning;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import academy.shared.time.AcademyCalendar;
import academy.web.DemoAccounts;
import academy.web.TestDatabase;
import academy.web.TestPeople;

/**
 * A small practice's assigned training written straight into the test database, as the
 * assignment pages (another feature) leave it, at any simulated moment: people, one assignment per
 * person and module, completions, withdrawals.
 */
final class ReminderData implements AutoCloseable {

    record Module(long id, long versionId, int versionNumber, String title) {
    }

    record Learner(long personId, long membershipId, String email, String name) {
    }

    private final Connection db;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    final long practiceId;
    final String practiceName;

    ReminderData() throws SQLException {
        this.db = TestDatabase.connect();
        TestPeople.TestPractice practice = TestPeople.practice();
        this.practiceId = practice.id();
        this.practiceName = practice.name();
    }

    /** The first {@code count} published modules, by id. */
    List<Module> modules(int count) throws SQLException {
        List<Module> modules = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT m.id, v.id, v.version_number, v.title FROM catalogue_module m"
                + " JOIN catalogue_module_version v ON v.id = m.current_version_id WHERE NOT m.retired ORDER BY m.id")) {
            query.setMaxRows(count);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    modules.add(new Module(row.getLong(1), row.getLong(2), row.getInt(3), row.getString(4)));
                }
            }
        }
        return modules;
    }

    Learner learner(String name) throws SQLException {
        return member(name, "NURSE");
    }

    Learner manager(String name) throws SQLException {
        return member(name, "PRACTICE_MANAGER");
    }

    private Learner member(String name, String jobRole) throws SQLException {
        long personId = next("account_seq");
        String email = "remind-" + name.toLowerCase() + "-" + tag + "@academy.test";
        // Signs in with the demo password: the hash is the demo assessor's.
        insert("INSERT INTO person (id, display_name, email, email_lower, status, password_hash, created_at)"
                + " SELECT ?, ?, ?, ?, 'ACTIVE', password_hash, now() FROM person WHERE email_lower = ?",
                personId, name, email, email, DemoAccounts.ASSESSOR);
        long membershipId = next("practice_seq");
        insert("INSERT INTO membership (id, person_id, practice_id, job_role, status, created_at, started_at)"
                + " VALUES (?, ?, ?, ?, 'ACTIVE', now(), now())", membershipId, personId, practiceId, jobRole);
        return new Learner(personId, membershipId, email, name);
    }

    /** The module assigned to the person at {@code at}, due on {@code dueOn}, mandatory; returns the item's id. */
    long assign(Learner learner, Module module, Instant at, LocalDate dueOn) throws SQLException {
        return assign(learner, module, at, dueOn, true);
    }

    long assign(Learner learner, Module module, Instant at, LocalDate dueOn, boolean mandatory) throws SQLException {
        long assignmentId = next("assignment_seq");
        insert("INSERT INTO assignment (id, practice_id, target, target_person_id, module_id, due_kind, due_on, mandatory,"
                + " assigned_by_name, assigned_at) VALUES (?, ?, 'PERSON', ?, ?, 'ON_DATE', ?, ?, 'Pat Manager', ?)",
                assignmentId, practiceId, learner.personId(), module.id(), Date.valueOf(dueOn), mandatory, Timestamp.from(at));
        long itemId = next("assignment_seq");
        insert("INSERT INTO assignment_item (id, assignment_id, membership_id, person_id, practice_id, module_id, mandatory,"
                + " counted_from, due_on, due_by, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                itemId, assignmentId, learner.membershipId(), learner.personId(), practiceId, module.id(), mandatory,
                Date.valueOf(AcademyCalendar.dayOf(at)), Date.valueOf(dueOn),
                Timestamp.from(AcademyCalendar.startOf(dueOn.plusDays(1))), Timestamp.from(at));
        return itemId;
    }

    /** A completion of the module at {@code at} that never expires, as the person's latest. */
    void complete(Learner learner, Module module, Instant at) throws SQLException {
        long enrolmentId = next("learning_seq");
        insert("INSERT INTO learning_enrolment (id, person_id, module_id, started_at, last_activity_at) VALUES (?, ?, ?, ?, ?)",
                enrolmentId, learner.personId(), module.id(), Timestamp.from(at), Timestamp.from(at));
        long completionId = next("learning_seq");
        insert("INSERT INTO learning_completion (id, person_id, module_id, module_version_id, version_number, score,"
                + " completed_at, practice_id, source, idempotency_key, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, 100, ?, ?, 'EXTERNAL', ?, ?)", completionId, learner.personId(), module.id(),
                module.versionId(), module.versionNumber(), Timestamp.from(at), practiceId, "reminder-it-" + completionId,
                Timestamp.from(at));
        update("UPDATE learning_enrolment SET latest_completion_id = ? WHERE id = ?", completionId, enrolmentId);
    }

    void withdraw(long itemId, Instant at) throws SQLException {
        update("UPDATE assignment_item SET ended_at = ?, end_reason = 'WITHDRAWN' WHERE id = ?", Timestamp.from(at), itemId);
    }

    /** The stages recorded for the person, in order: "day:STAGE" with the day counted from {@code first}. */
    List<String> stagesSent(Learner learner, LocalDate first) throws SQLException {
        List<String> stages = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT r.sent_on, r.stage, r.item_id FROM assignment_reminder r"
                + " WHERE r.person_id = ? ORDER BY r.sent_on, r.item_id")) {
            query.setLong(1, learner.personId());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    stages.add(java.time.temporal.ChronoUnit.DAYS.between(first, row.getDate(1).toLocalDate()) + ":"
                            + row.getString(2));
                }
            }
        }
        return stages;
    }

    /** The person's reminder choice as stored; EACH when they never chose. */
    String modeOf(Learner learner) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT mode FROM reminder_preference WHERE person_id = ?")) {
            query.setLong(1, learner.personId());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : "EACH";
            }
        }
    }

    private void insert(String sql, Object... parameters) throws SQLException {
        if (update(sql, parameters) != 1) {
            throw new AssertionError("not inserted: " + sql);
        }
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private long next(String sequence) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT nextval('" + sequence + "')");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
