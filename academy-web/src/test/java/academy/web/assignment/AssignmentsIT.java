package academy.web.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import academy.practice.JobRole;
import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.SignInSession.Response;
import academy.web.TestDatabase;
import academy.web.TestPeople;
import academy.web.TestPeople.TestPractice;
import academy.web.practice.MatrixData;
import academy.web.practice.RosterData;

/**
 * Assigned training on the real WAR and PostgreSQL, through the REST API and the roster page: a
 * role's members get it, a role change and a leaver end it (history stays), a completion fulfils
 * it, overdue and late are told apart, withdrawal is audited, bad input changes nothing, another
 * practice's manager is told nothing exists, and the refresher pass makes one refresher per
 * expiring completion even when two run at once. Each test makes its own practice and people.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentsIT {

    private static final String PASSWORD = "copper-heron-meadow-violin-27";
    private static final String MODULE = "data-security-and-protection";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    private record Practice(TestPractice practice, String managerEmail, SignInSession manager) {
        long id() {
            return practice.id();
        }
    }

    private Practice practice() {
        TestPractice practice = TestPeople.practice();
        String manager = member(practice, "Mina Manager", JobRole.PRACTICE_MANAGER);
        return new Practice(practice, manager, signedIn(manager));
    }

    private static String member(TestPractice practice, String name, JobRole role) {
        String email = TestPeople.person(RosterData.uniqueName(name), PASSWORD);
        TestPeople.member(email, practice, role);
        return email;
    }

    private SignInSession signedIn(String email) {
        return SignInSession.signIn(new Http(base).application(), email, PASSWORD);
    }

    private static JsonObject json(Response response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<JsonObject> items(SignInSession session, String path) {
        Response answer = session.get(path, "application/json");
        assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(200);
        return json(answer).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static Response assign(Practice practice, String json) {
        return practice.manager().postJson("api/v1/practices/" + practice.id() + "/assignments", json, Map.of());
    }

    private static long personId(String email) throws SQLException {
        return RosterData.count("SELECT id FROM person WHERE email_lower = ?", email);
    }

    /** The person's assigned training of one module (region-wide demo assignments reach people whose role changes). */
    private List<JsonObject> mine(String email, String module, boolean history) {
        return items(signedIn(email), "api/v1/me/assignments" + (history ? "?history=true" : "")).stream()
                .filter(i -> i.getString("module").equals(module)).toList();
    }

    @Test
    void aRoleAssignmentReachesItsMembersFollowsRoleChangesAndLeaversAndIsAudited() throws SQLException {
        String module = "running-upskilling-sessions";
        Practice practice = practice();
        String receptionist = member(practice.practice(), "Rita Reception", JobRole.RECEPTIONIST);
        String nurse = member(practice.practice(), "Nora Nurse", JobRole.NURSE);
        String leaver = member(practice.practice(), "Len Leaver", JobRole.RECEPTIONIST);
        LocalDate due = TODAY.plusDays(20);

        Response created = assign(practice, "{\"target\":\"role\",\"role\":\"receptionist\",\"module\":\"" + module
                + "\",\"dueOn\":\"" + due + "\",\"mandatory\":true}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject assignment = json(created);
        long assignmentId = assignment.getJsonNumber("id").longValue();
        assertThat(assignment.getString("target")).isEqualTo("role");
        assertThat(assignment.getString("title")).isEqualTo("Running a face-to-face patient upskilling session");
        assertThat(assignment.getJsonNumber("open").longValue()).isEqualTo(2);
        List<JsonObject> mine = mine(receptionist, module, false);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).getString("dueOn")).isEqualTo(due.toString());
        assertThat(mine.get(0).getBoolean("mandatory")).isTrue();
        assertThat(mine.get(0).getString("status")).isEqualTo("assigned");
        assertThat(mine.get(0).getString("assignedBy")).startsWith("Mina Manager");
        assertThat(mine(nurse, module, false)).isEmpty();

        // The nurse becomes a receptionist and gets it; the receptionist becomes a GP and loses it.
        changeRole(practice, nurse, "receptionist");
        changeRole(practice, receptionist, "gp");
        assertThat(mine(nurse, module, false)).extracting(i -> i.getString("dueOn")).containsExactly(due.toString());
        assertThat(mine(receptionist, module, false)).isEmpty();
        assertThat(mine(receptionist, module, true)).extracting(i -> i.getString("status")).containsExactly("ended");
        assertThat(RosterData.count("SELECT COUNT(*) FROM assignment_item WHERE assignment_id = ? AND person_id = ?"
                + " AND end_reason = 'ROLE_CHANGED'", assignmentId, personId(receptionist))).isEqualTo(1);

        deactivate(practice, leaver);
        assertThat(RosterData.count("SELECT COUNT(*) FROM assignment_item WHERE assignment_id = ? AND person_id = ?"
                + " AND end_reason = 'LEFT'", assignmentId, personId(leaver))).isEqualTo(1);
        assertThat(items(practice.manager(), "api/v1/practices/" + practice.id() + "/assignments").stream()
                .filter(a -> !a.getBoolean("regionWide")).toList())
                .extracting(a -> a.getJsonNumber("open").longValue()).containsExactly(1L);
        assertThat(RosterData.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'assignment.created'"
                + " AND subject_key = ? AND practice_id = ?", String.valueOf(assignmentId), practice.id())).isEqualTo(1);
    }

    private void changeRole(Practice practice, String email, String role) throws SQLException {
        long membership = RosterData.membershipOf(email, practice.id());
        Document page = practice.manager().get("practice/roster.xhtml?practice=" + practice.id()).html();
        Document dialog = practice.manager().submit(page, "roster", buttonInRowOf(page, "Change the job role of ", email),
                Map.of()).html();
        Response answer = practice.manager().submit(dialog, "role-form", "save-role", Map.of("new-role", role));
        assertThat(answer.status()).isLessThan(400);
        assertThat(RosterData.jobRole(membership)).isEqualTo(role.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    /** The name of the button whose label starts with {@code label} in the roster row that shows {@code email}. */
    private static String buttonInRowOf(Document page, String label, String email) {
        return page.select("[aria-label^=\"" + label + "\"]").stream()
                .filter(b -> b.closest("tr") != null && b.closest("tr").text().contains(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + label + "\" button for " + email)).attr("name");
    }

    private void deactivate(Practice practice, String email) throws SQLException {
        long membership = RosterData.membershipOf(email, practice.id());
        Document page = practice.manager().get("practice/roster.xhtml?practice=" + practice.id()).html();
        Document asked = practice.manager().submit(page, "roster", buttonInRowOf(page, "Deactivate ", email), Map.of()).html();
        practice.manager().submit(asked, "roster", "confirm-yes", Map.of());
        assertThat(RosterData.membershipStatus(membership)).isEqualTo("ENDED");
    }

    @Test
    void aCompletionFulfilsOnTimeOrLateAndOverdueIsCountedInDays() throws SQLException {
        Practice practice = practice();
        String onTime = member(practice.practice(), "Olive Ontime", JobRole.GP);
        String late = member(practice.practice(), "Larry Late", JobRole.GP);
        Response created = assign(practice, "{\"target\":\"role\",\"role\":\"gp\",\"module\":\"" + MODULE
                + "\",\"dueWithinDays\":30}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        MatrixData.complete(personId(onTime), practice.id(), MODULE, Instant.now());
        JsonObject done = items(signedIn(onTime), "api/v1/me/assignments").get(0);
        assertThat(done.getString("status")).isEqualTo("fulfilled");
        assertThat(done.getString("dueOn")).isEqualTo(TODAY.plusDays(30).toString());
        assertThat(done.getBoolean("mandatory")).isFalse();
        assertThat(done.getString("completedAt")).isNotBlank();

        // Move the late one's due day five days back: overdue by 5, and the practice's overdue list names them.
        moveDueDay(personId(late), TODAY.minusDays(5));
        JsonObject overdue = items(signedIn(late), "api/v1/me/assignments").get(0);
        assertThat(overdue.getString("status")).isEqualTo("overdue");
        assertThat(overdue.getInt("daysOverdue")).isEqualTo(5);
        assertThat(items(practice.manager(), "api/v1/practices/" + practice.id() + "/assignments/people?overdue=true"))
                .extracting(i -> i.getString("person")).containsExactly(overdue.getString("person"));
        assertThat(json(practice.manager().get("api/v1/practices/" + practice.id()
                + "/training-matrix?overdueAssignment=true", "application/json")).getInt("total")).isEqualTo(1);

        MatrixData.complete(personId(late), practice.id(), MODULE, Instant.now());
        assertThat(items(signedIn(late), "api/v1/me/assignments").get(0).getString("status")).isEqualTo("fulfilled-late");
        assertThat(items(practice.manager(), "api/v1/practices/" + practice.id() + "/assignments/people?overdue=true")).isEmpty();
    }

    private static void moveDueDay(long personId, LocalDate day) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement update = db.prepareStatement("UPDATE assignment_item SET due_on = ?, due_by = ? WHERE person_id = ?")) {
            update.setObject(1, day);
            update.setTimestamp(2, Timestamp.from(day.plusDays(1).atStartOfDay(ZoneId.of("Europe/London")).toInstant()));
            update.setLong(3, personId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() throws SQLException {
        Practice practice = practice();
        Practice other = practice();
        String stranger = member(other.practice(), "Sid Stranger", JobRole.GP);
        long before = RosterData.count("SELECT COUNT(*) FROM assignment WHERE practice_id IN (?, ?)", practice.id(), other.id());
        Map<String, String> refusals = Map.of(
                "{\"target\":\"everyone\",\"module\":\"" + MODULE + "\",\"dueOn\":\"" + TODAY.minusDays(1) + "\"}",
                "The due date must be today or in the future.",
                "{\"target\":\"role\",\"role\":\"astronaut\",\"module\":\"" + MODULE + "\",\"dueWithinDays\":5}",
                "There is no job role \"astronaut\".",
                "{\"target\":\"everyone\",\"module\":\"no-such-module\",\"dueWithinDays\":5}",
                "There is no module \"no-such-module\".",
                "{\"target\":\"person\",\"personId\":" + personId(stranger) + ",\"module\":\"" + MODULE + "\",\"dueWithinDays\":5}",
                "That person is not a current member of this practice.",
                "{\"target\":\"everyone\",\"module\":\"" + MODULE + "\",\"dueOn\":\"31/12/2026\"}",
                "\"dueOn\" must be a date such as 2026-12-31.",
                "not json", "Please send the assignment as a JSON object",
                "{\"target\":\"role\",\"role\":\"ppg-member\",\"module\":\"" + MODULE + "\",\"dueWithinDays\":5}",
                "\"Data security and protection for everyone in the practice\" is not for PPG member; nothing was assigned.");
        refusals.forEach((body, message) -> {
            Response answer = assign(practice, body);
            assertThat(answer.status()).as(body + " -> " + answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).contains(message.replace("\"", "\\\""));
        });
        // Another practice's manager: the practice does not exist for them.
        Response foreign = other.manager().postJson("api/v1/practices/" + practice.id() + "/assignments",
                "{\"target\":\"everyone\",\"module\":\"" + MODULE + "\",\"dueWithinDays\":5}", Map.of());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(other.manager().get("api/v1/practices/" + practice.id() + "/assignments", "application/json").status())
                .isEqualTo(404);
        assertThat(RosterData.count("SELECT COUNT(*) FROM assignment WHERE practice_id IN (?, ?)", practice.id(), other.id()))
                .isEqualTo(before).isZero();
    }

    @Test
    void aLearnerDismissesTrainingThatIsNotMandatoryButNeverMandatoryTraining() throws SQLException {
        Practice practice = practice();
        String gp = member(practice.practice(), "Dina Dismiss", JobRole.GP);
        assertThat(assign(practice, "{\"target\":\"person\",\"personId\":" + personId(gp) + ",\"module\":\"" + MODULE
                + "\",\"dueWithinDays\":10,\"mandatory\":true}").status()).isEqualTo(201);
        assertThat(assign(practice, "{\"target\":\"person\",\"personId\":" + personId(gp)
                + ",\"module\":\"video-consultations\",\"dueWithinDays\":10}").status()).isEqualTo(201);
        SignInSession learner = signedIn(gp);
        List<JsonObject> mine = items(learner, "api/v1/me/assignments");
        long mandatory = mine.stream().filter(i -> i.getBoolean("mandatory")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long optional = mine.stream().filter(i -> !i.getBoolean("mandatory")).findFirst().orElseThrow().getJsonNumber("id").longValue();

        Response refused = learner.postJson("api/v1/me/assignments/" + mandatory + "/dismiss", "{}", Map.of());
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("Mandatory training cannot be dismissed.");
        assertThat(practice.manager().postJson("api/v1/me/assignments/" + optional + "/dismiss", "{}", Map.of()).status())
                .as("someone else's").isEqualTo(404);
        Response dismissed = learner.postJson("api/v1/me/assignments/" + optional + "/dismiss", "{}", Map.of());
        assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
        assertThat(json(dismissed).getString("status")).isEqualTo("ended");
        assertThat(items(learner, "api/v1/me/assignments")).extracting(i -> i.getJsonNumber("id").longValue())
                .containsExactly(mandatory);
    }

    @Test
    void withdrawingEndsWhatWasAssignedOnceAndIsAudited() throws SQLException {
        Practice practice = practice();
        String gp = member(practice.practice(), "Gina Gp", JobRole.GP);
        long id = json(assign(practice, "{\"target\":\"person\",\"personId\":" + personId(gp) + ",\"module\":\"" + MODULE
                + "\",\"dueWithinDays\":10,\"mandatory\":true}")).getJsonNumber("id").longValue();
        assertThat(items(signedIn(gp), "api/v1/me/assignments")).hasSize(1);
        Practice other = practice();
        assertThat(other.manager().delete("api/v1/practices/" + practice.id() + "/assignments/" + id).status()).isEqualTo(404);
        assertThat(other.manager().delete("api/v1/practices/" + other.id() + "/assignments/" + id).status()).isEqualTo(404);

        Response withdrawn = practice.manager().delete("api/v1/practices/" + practice.id() + "/assignments/" + id);

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(json(withdrawn).getString("withdrawnAt")).isNotBlank();
        assertThat(items(signedIn(gp), "api/v1/me/assignments")).isEmpty();
        assertThat(RosterData.count("SELECT COUNT(*) FROM assignment_item WHERE assignment_id = ? AND end_reason = 'WITHDRAWN'", id))
                .isEqualTo(1);
        assertThat(practice.manager().delete("api/v1/practices/" + practice.id() + "/assignments/" + id).status()).isEqualTo(409);
        assertThat(RosterData.count("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'assignment' AND subject_key = ?",
                String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void theRefresherPassAssignsOneRefresherPerExpiringCompletionEvenWhenTwoRunAtOnce() throws Exception {
        Practice practice = practice();
        String expiring = member(practice.practice(), "Eve Expiring", JobRole.NURSE);
        String later = member(practice.practice(), "Leo Later", JobRole.NURSE);
        Instant now = Instant.now();
        // Refreshed every 12 months: done 12 months less 30 days ago, it expires in 30 days (inside the 60-day lead).
        MatrixData.complete(personId(expiring), practice.id(), MODULE, now.atOffset(ZoneOffset.UTC).minusMonths(12).plusDays(30).toInstant());
        MatrixData.complete(personId(later), practice.id(), MODULE, now.atOffset(ZoneOffset.UTC).minusMonths(12).plusDays(90).toInstant());

        SignInSession admin = SignInSession.signIn(new Http(base).application(), DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        SignInSession secondAdmin = SignInSession.signIn(new Http(base).application(), DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> admin.postJson("api/v1/admin/refreshers", "{}", Map.of()));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> secondAdmin.postJson("api/v1/admin/refreshers", "{}", Map.of()));
        assertThat(first.get().status()).as(first.get().body()).isEqualTo(200);
        assertThat(second.get().status()).as(second.get().body()).isEqualTo(200);
        assertThat(admin.postJson("api/v1/admin/refreshers", "{}", Map.of()).status()).isEqualTo(200);

        assertThat(RosterData.count("SELECT COUNT(*) FROM assignment a JOIN learning_completion c ON c.id = a.refresher_of"
                + " WHERE c.person_id = ?", personId(expiring))).isEqualTo(1);
        assertThat(RosterData.count("SELECT COUNT(*) FROM assignment_item WHERE person_id = ?", personId(expiring))).isEqualTo(1);
        assertThat(RosterData.count("SELECT COUNT(*) FROM assignment_item WHERE person_id = ?", personId(later))).isZero();
        JsonObject refresher = items(signedIn(expiring), "api/v1/me/assignments").get(0);
        assertThat(refresher.getBoolean("refresher")).isTrue();
        assertThat(refresher.getBoolean("mandatory")).isTrue();
        assertThat(refresher.getString("assignedBy")).isEqualTo("The academy");
        assertThat(refresher.getString("status")).isIn("assigned", "due-soon");
        assertThat(refresher.getString("dueOn")).isEqualTo(expiryDay(personId(expiring)).toString());
        assertThat(practice.manager().get("api/v1/practices/" + practice.id() + "/assignments", "application/json").body())
                .contains("\"refresher\":true");

        // Done again: the refresher is fulfilled.
        completeAgain(personId(expiring), Instant.now());
        assertThat(items(signedIn(expiring), "api/v1/me/assignments").get(0).getString("status")).isEqualTo("fulfilled");
    }

    /** A new completion of {@link #MODULE}, a year's validity, made the person's latest (their enrolment exists). */
    private static void completeAgain(long personId, Instant at) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            long id;
            try (PreparedStatement next = db.prepareStatement("SELECT nextval('learning_seq')");
                 var result = next.executeQuery()) {
                result.next();
                id = result.getLong(1);
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO learning_completion (id, person_id, module_id,"
                    + " module_version_id, version_number, completed_at, expires_at, practice_id, source, recorded_at)"
                    + " SELECT ?, c.person_id, c.module_id, c.module_version_id, c.version_number, ?, ?, c.practice_id,"
                    + " 'FACE_TO_FACE', CURRENT_TIMESTAMP FROM learning_enrolment e JOIN learning_completion c"
                    + " ON c.id = e.latest_completion_id JOIN catalogue_module m ON m.id = e.module_id"
                    + " WHERE e.person_id = ? AND m.slug = ?")) {
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.from(at));
                insert.setTimestamp(3, Timestamp.from(at.atOffset(ZoneOffset.UTC).plusMonths(12).toInstant()));
                insert.setLong(4, personId);
                insert.setString(5, MODULE);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement update = db.prepareStatement("UPDATE learning_enrolment SET latest_completion_id = ?"
                    + " WHERE person_id = ? AND module_id = (SELECT id FROM catalogue_module WHERE slug = ?)")) {
                update.setLong(1, id);
                update.setLong(2, personId);
                update.setString(3, MODULE);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private static LocalDate expiryDay(long personId) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT expires_at FROM learning_completion WHERE person_id = ?")) {
            query.setLong(1, personId);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getTimestamp(1).toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate();
            }
        }
    }
}
