package academy.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import academy.web.TestDatabase;
import academy.web.TestPeople;

/** Practices and applications made for the assessment tests, straight in the database, each with keys of its own. */
public final class AssessmentData {

    static final String REGISTER = "online-access-registration";
    static final String DATA_SECURITY = "data-security-and-protection";
    public static final String WIFI = "wifi-survey";

    private AssessmentData() {
    }

    public static String status(long applicationId) throws SQLException {
        return strings("SELECT status FROM accreditation_application WHERE id = ?", applicationId).get(0);
    }

    /** A practice whose records meet every automatic criterion of Foundation, with or without a wifi survey given. */
    public static TestPractice readyPractice(boolean withWifiSurvey) throws SQLException {
        TestPractice practice = TestPractice.create("Ready");
        try (PracticeData data = PracticeData.existing(practice.id())) {
            Instant inAYear = Instant.now().plus(Duration.ofDays(200));
            for (int i = 0; i < 5; i++) {
                long receptionist = data.member("RECEPTIONIST", "ACTIVE");
                if (i < 4) {
                    data.completion(receptionist, REGISTER, null);
                }
                data.completion(receptionist, DATA_SECURITY, inAYear);
            }
            data.session(LocalDate.now(ZoneOffset.UTC).minusDays(10), null);
            data.session(LocalDate.now(ZoneOffset.UTC).minusDays(100), "DIABETES");
            data.figure("ONLINE_ACCESS_REGISTERED_PERCENT", YearMonth.now(ZoneOffset.UTC).minusMonths(1), 1, "35.0",
                    "Monthly report", true);
            if (withWifiSurvey) {
                data.evidence(WIFI, 1, "We surveyed every room.", "https://example.org/survey", true);
            }
        }
        return practice;
    }

    /**
     * An application submitted a day ago, straight into the database (applying is proven by AssessmentIT and
     * in ReadinessIT): one criterion met from the records and the wifi survey for the assessor.
     */
    public static long submitted(long practiceId, boolean topLevel) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            long id = next(db, "accreditation_seq");
            execute(db, "INSERT INTO accreditation_application (id, practice_id, scheme_id, level_slug, level_rank, level_title,"
                    + " status, submitted_by, submitted_at) SELECT ?, ?, s.id, l.slug, l.level_rank, l.title, 'SUBMITTED', NULL,"
                    + " now() - interval '1 day' FROM accreditation_scheme s JOIN accreditation_level l ON l.scheme_id = s.id"
                    + " WHERE s.is_current AND l.level_rank = (SELECT " + (topLevel ? "MAX" : "MIN") + "(l2.level_rank)"
                    + " FROM accreditation_level l2 WHERE l2.scheme_id = s.id)", id, practiceId);
            execute(db, "INSERT INTO accreditation_application_criterion (application_id, position, criterion_slug, title, area,"
                    + " kind, status, progress, gap, evidence_statement, evidence_link, evidence_given_at)"
                    + " SELECT ?, 0, c.slug, c.title, c.area, c.kind, 'MET', 'Met from the records', NULL, NULL, NULL, NULL"
                    + " FROM accreditation_criterion c JOIN accreditation_scheme s ON s.id = c.scheme_id"
                    + " WHERE s.is_current AND c.slug = 'data-security-all-staff'", id);
            execute(db, "INSERT INTO accreditation_application_criterion (application_id, position, criterion_slug, title, area,"
                    + " kind, status, progress, gap, evidence_statement, evidence_link, evidence_given_at)"
                    + " SELECT ?, 1, c.slug, c.title, c.area, c.kind, 'AWAITING_ASSESSOR', 'Evidence given', NULL,"
                    + " 'We surveyed every room.', 'https://example.org/survey', now() FROM accreditation_criterion c"
                    + " JOIN accreditation_scheme s ON s.id = c.scheme_id WHERE s.is_current AND c.slug = ?", id, WIFI);
            return id;
        }
    }

    public static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertThat(statement.executeUpdate()).as(sql).isGreaterThanOrEqualTo(1);
        }
    }

    public static long next(Connection db, String sequence) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT nextval('" + sequence + "')"); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    public static long number(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(strings(sql, parameters).get(0));
    }

    public static List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<String> values = new java.util.ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            assertThat(values).as(sql).isNotEmpty();
            return values;
        }
    }

    /** A practice made for one test, with a code of its own. */
    public record TestPractice(long id, String name, String ods) {

        public static TestPractice create(String label) throws SQLException {
            String name = label + " Surgery " + UUID.randomUUID().toString().substring(0, 6);
            try (PracticeData practice = PracticeData.newPractice(name)) {
                return new TestPractice(practice.id(), name,
                        strings("SELECT ods_code FROM practice WHERE id = ?", practice.id()).get(0));
            }
        }

        public TestPeople.TestPractice asTestPeoplePractice() {
            return new TestPeople.TestPractice(id, name, "", ods);
        }
    }
}
