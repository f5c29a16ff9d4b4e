package academy.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import academy.practice.JobRole;
import academy.shared.time.AcademyCalendar;
import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.SignInSession.FileChoice;
import academy.web.SignInSession.Response;
import academy.web.TestPeople;
import academy.web.practice.RosterData;

/**
 * Training done elsewhere on PostgreSQL over HTTP: a learner of the demo's Riverside records it
 * (with a certificate file and a module), its manager approves it and it counts as a completion
 * in the matrix and My learning; turning down needs a reason; a record without a module completes
 * nothing; the learner withdraws a pending one; two managers deciding at once make one decision;
 * bad input is refused in words and changes nothing; nobody reaches another practice's or another
 * person's records; the REST list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingElsewhereIT {

    static final String MODULE = "data-security-and-protection";
    static final String PASSWORD = "quiet harbour lantern 42";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @ArquillianResource
    URL deployed;

    private URI application;
    private long practiceA;
    private SignInSession managerA;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @BeforeEach
    void signIn() throws SQLException {
        application = new Http(deployed).application();
        practiceA = RosterData.practiceId(DemoAccounts.PRACTICE_A);
        managerA = SignInSession.signIn(application, DemoAccounts.MANAGER_A, DemoAccounts.PASSWORD);
    }

    /** A new receptionist of Riverside (practice A), signed in. */
    private Learner learnerOfA() throws SQLException {
        String name = RosterData.uniqueName("Ext Learner");
        String email = TestPeople.person(name, PASSWORD);
        TestPeople.member(email, new TestPeople.TestPractice(practiceA, "Riverside", "", DemoAccounts.PRACTICE_A),
                JobRole.RECEPTIONIST);
        long id = RosterData.count("SELECT id FROM person WHERE email_lower = ?", email.toLowerCase(java.util.Locale.ROOT));
        return new Learner(name, id, SignInSession.signIn(application, email, PASSWORD));
    }

    private record Learner(String name, long id, SignInSession http) {

        Document page() {
            Response page = http.get("learning/training-elsewhere.xhtml");
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            return page.html();
        }

        Response record(String provider, String title, Map<String, String> date, String module, FileChoice file) {
            Map<String, String> fields = new HashMap<>(date);
            fields.put("provider", provider);
            fields.put("title", title);
            fields.put("module", module);
            return http.submitMultipart(page(), "record", "save", fields, Map.of("certificate", file));
        }

        long records() throws SQLException {
            return RosterData.count("SELECT COUNT(*) FROM learning_external_training WHERE person_id = ?", id);
        }

        long recordId(String title) throws SQLException {
            return RosterData.count("SELECT id FROM learning_external_training WHERE person_id = ? AND title = ?", id, title);
        }
    }

    static Map<String, String> day(LocalDate day) {
        return day(Integer.toString(day.getDayOfMonth()), Integer.toString(day.getMonthValue()), Integer.toString(day.getYear()));
    }

    static Map<String, String> day(String day, String month, String year) {
        return Map.of("completed-on-day", day, "completed-on-month", month, "completed-on-year", year);
    }

    private static LocalDate today() {
        return AcademyCalendar.dayOf(java.time.Instant.now());
    }

    private static String banner(Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.html().select(".nhsuk-notification-banner").text();
    }

    private static String error(Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        String text = answer.html().select(".nhsuk-error-summary").text();
        assertThat(text).as("an error summary: %s", answer.html().text()).isNotBlank();
        return text;
    }

    private Document claimsPage(SignInSession manager) {
        Response page = manager.get("practice/training-claims.xhtml?practice=" + practiceA);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.html();
    }

    /** Presses Approve or Turn down on the row of the record (on whichever page it is); returns the confirmation page. */
    private Document ask(SignInSession manager, String verb, String title, String learner) {
        String label = "input[aria-label='" + verb + " " + title + " for " + learner + "']";
        Document page = claimsPage(manager);
        // Oldest first: earlier runs on the same database may have left records waiting before this one.
        while (page.selectFirst(label) == null && page.selectFirst("a[rel=next], .nhsuk-pagination__link--next") != null) {
            String next = page.selectFirst("a[rel=next], .nhsuk-pagination__link--next").attr("href");
            Response later = manager.get(next.substring(next.indexOf("practice/")));
            assertThat(later.status()).as(later.toString()).isEqualTo(200);
            page = later.html();
        }
        Element button = page.selectFirst(label);
        assertThat(button).as("%s button of %s on %s", verb, title, page.text()).isNotNull();
        Response asked = manager.submit(page, "claims", button.attr("name"), Map.of());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.html().getElementById("deciding")).as(asked.html().text()).isNotNull();
        return asked.html();
    }

    private Response decide(SignInSession manager, Document confirmation, String reason) {
        return manager.submit(confirmation, "deciding", "confirm-yes", Map.of("reason", reason));
    }

    private long completions(long personId, String source) throws SQLException {
        return RosterData.count("SELECT COUNT(*) FROM learning_completion WHERE person_id = ? AND source = ?", personId, source);
    }

    private String status(long recordId) throws SQLException {
        return RosterData.count("SELECT COUNT(*) FROM learning_external_training WHERE id = ? AND status = 'PENDING'", recordId) == 1
                ? "PENDING" : RosterData.count("SELECT COUNT(*) FROM learning_external_training WHERE id = ? AND status = 'APPROVED'",
                recordId) == 1 ? "APPROVED" : RosterData.count("SELECT COUNT(*) FROM learning_external_training WHERE id = ?"
                + " AND status = 'REJECTED'", recordId) == 1 ? "REJECTED" : "WITHDRAWN";
    }

    @Test
    void aRecordWithAFileAndAModuleApprovedByTheManagerCountsAsACompletionFromTheDayItWasDone() throws SQLException {
        Learner learner = learnerOfA();
        String title = "Data Security Awareness " + learner.id();
        LocalDate done = today().minusDays(10);
        assertThat(learner.page().select("#record\\:module option").eachAttr("value")).contains("", MODULE);

        Response recorded = learner.record("e-Learning for Healthcare", title, day(done), MODULE,
                new FileChoice("certificate.pdf", PDF));
        assertThat(banner(recorded)).contains("Recorded: \"" + title + "\"").contains("counts as completing");
        long id = learner.recordId(title);
        assertThat(status(id)).isEqualTo("PENDING");
        long file = RosterData.count("SELECT evidence_file_id FROM learning_external_training WHERE id = ?", id);
        assertThat(RosterData.count("SELECT COUNT(*) FROM evidence_file WHERE id = ? AND practice_id = ? AND file_type = 'PDF'",
                file, practiceA)).isEqualTo(1);
        assertThat(RosterData.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'learning.external-training-recorded'"
                + " AND practice_id = ? AND details LIKE ?", practiceA, "%" + title + "%")).isEqualTo(1);
        assertThat(learner.page().select("#records td").text()).contains(title).contains("Waiting for your manager");

        // The learner and the manager may read the file; nobody else.
        HttpResponse<byte[]> own = learner.http().download("api/v1/me/external-training/" + id + "/certificate");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(PDF);
        assertThat(own.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(managerA.download("api/v1/practices/" + practiceA + "/evidence/" + file).body()).isEqualTo(PDF);
        LearnerSession stranger = LearnerSession.newLearner(application, JobRole.RECEPTIONIST);
        assertThat(stranger.http.download("api/v1/me/external-training/" + id + "/certificate").statusCode()).isEqualTo(404);

        // The manager's home counts it and links to the page that lists it.
        Document home = managerA.get("home.xhtml").html();
        assertThat(home.select("a[href*='practice/training-claims.xhtml?practice=" + practiceA + "']").text())
                .matches(".*\\d+ training records? to check.*");
        assertThat(claimsPage(managerA).select("#claims td").text()).contains(learner.name()).contains(title);

        Response approved = decide(managerA, ask(managerA, "Approve", title, learner.name()), "");
        assertThat(banner(approved)).contains("Approved: \"" + title + "\" for " + learner.name())
                .contains("now counts as completing");
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(completions(learner.id(), "EXTERNAL_EVIDENCE")).isEqualTo(1);
        assertThat(RosterData.count("SELECT COUNT(*) FROM learning_completion WHERE person_id = ? AND source = 'EXTERNAL_EVIDENCE'"
                + " AND completed_at = ? AND practice_id = ? AND expires_at > completed_at", learner.id(),
                Timestamp.from(AcademyCalendar.startOf(done)), practiceA)).isEqualTo(1);
        assertThat(RosterData.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'learning.external-training-approved'"
                + " AND practice_id = ? AND details LIKE ?", practiceA, "%" + title + "%completion%")).isEqualTo(1);
        assertThat(claimsPage(managerA).select("#claims td").text()).doesNotContain(title);

        // Counted exactly as other completions: the matrix and My learning say complete.
        JsonObject matrix = json(managerA.get("api/v1/practices/" + practiceA + "/training-matrix?q="
                + Http.encode(learner.name()), "application/json"));
        assertThat(matrix.getJsonArray("items").getJsonObject(0).getJsonArray("modules").getValuesAs(JsonObject.class))
                .anySatisfy(cell -> {
                    assertThat(cell.getString("module")).isEqualTo(MODULE);
                    assertThat(cell.getString("status")).isEqualTo("complete");
                });
        Document mine = learner.http().get("learning/my-learning.xhtml").html();
        assertThat(mine.select("li.nhsuk-task-list__item:has(a[href$='slug=" + MODULE + "'])").first().text()).contains("Complete");
        assertThat(mine.select("#history td").text()).contains("Done elsewhere").contains("The provider's own");
        assertThat(learner.page().select("#records td").text()).contains("Approved").contains("Counts as completing");

        // The academy certifies only what was done in it: no certificate of its own for this completion.
        long completion = RosterData.count("SELECT completion_id FROM learning_external_training WHERE id = ?", id);
        Response certificate = learner.http().get("api/v1/certificates/completions/" + completion, "application/json");
        assertThat(certificate.status()).isEqualTo(404);
        assertThat(certificate.body()).contains("training done elsewhere");
        JsonObject completions = json(learner.http().get("api/v1/me/completions", "application/json"));
        assertThat(completions.getJsonArray("items").getValuesAs(JsonObject.class)).singleElement().satisfies(item -> {
            assertThat(item.getString("source")).isEqualTo("external-evidence");
            assertThat(!item.containsKey("certificate") || item.isNull("certificate")).as("no certificate: %s", item).isTrue();
        });

        // A decided record cannot be decided again, even from a page opened before.
        assertThat(claimsPage(managerA).select("input[aria-label^='Approve " + title + "']")).isEmpty();
    }

    @Test
    void twoManagersDecidingAtOnceMakeOneDecisionAndTheOtherIsTold() throws Exception {
        Learner learner = learnerOfA();
        String title = "Race " + learner.id();
        banner(learner.record("NHS Digital Academy", title, day(today().minusDays(3)), MODULE, FileChoice.NONE));
        SignInSession otherTab = SignInSession.signIn(application, DemoAccounts.MANAGER_A, DemoAccounts.PASSWORD);
        Document first = ask(managerA, "Approve", title, learner.name());
        Document second = ask(otherTab, "Turn down", title, learner.name());

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> {
                start.await();
                return decide(managerA, first, "");
            }));
            answers.add(pool.submit(() -> {
                start.await();
                return decide(otherTab, second, "Not the same course");
            }));
            start.countDown();
            List<String> texts = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response page = answer.get(60, TimeUnit.SECONDS);
                assertThat(page.status()).as(page.toString()).isEqualTo(200);
                texts.add(page.html().select(".nhsuk-notification-banner, .nhsuk-error-summary").text());
            }
            assertThat(texts).as("one decided, one told").satisfiesExactlyInAnyOrder(
                    text -> assertThat(text).containsAnyOf("Approved:", "You turned down"),
                    text -> assertThat(text).contains("was already").contains("nothing was changed"));
        } finally {
            pool.shutdownNow();
        }
        long id = learner.recordId(title);
        assertThat(status(id)).isIn("APPROVED", "REJECTED");
        assertThat(completions(learner.id(), "EXTERNAL_EVIDENCE")).isEqualTo(status(id).equals("APPROVED") ? 1 : 0);
        assertThat(RosterData.count("SELECT COUNT(*) FROM audit_entry WHERE practice_id = ? AND details LIKE ? AND action IN"
                + " ('learning.external-training-approved', 'learning.external-training-rejected')", practiceA, "%" + title + "%"))
                .isEqualTo(1);
    }

    @Test
    void turningDownNeedsAReasonWhichTheLearnerSeesAndARecordWithoutAModuleCompletesNothing() throws SQLException {
        Learner learner = learnerOfA();
        String rejected = "Vendor webinar " + learner.id();
        String recordOnly = "First aid refresher " + learner.id();
        banner(learner.record("A vendor", rejected, day(today().minusDays(40)), MODULE, FileChoice.NONE));
        banner(learner.record("St John Ambulance", recordOnly, day(today().minusDays(30)), "", FileChoice.NONE));

        Document asking = ask(managerA, "Turn down", rejected, learner.name());
        assertThat(error(decide(managerA, asking, "  "))).contains("Enter a reason");
        assertThat(status(learner.recordId(rejected))).isEqualTo("PENDING");
        Response turnedDown = decide(managerA, ask(managerA, "Turn down", rejected, learner.name()),
                "A product webinar does not cover governance");
        assertThat(banner(turnedDown)).contains("You turned down \"" + rejected + "\"");
        assertThat(status(learner.recordId(rejected))).isEqualTo("REJECTED");
        assertThat(RosterData.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'learning.external-training-rejected'"
                + " AND details LIKE ?", "%" + rejected + "%does not cover governance%")).isEqualTo(1);

        Response kept = decide(managerA, ask(managerA, "Approve", recordOnly, learner.name()), "Seen the certificate");
        assertThat(banner(kept)).contains("kept as a record of their training");
        assertThat(status(learner.recordId(recordOnly))).isEqualTo("APPROVED");
        assertThat(completions(learner.id(), "EXTERNAL_EVIDENCE")).isZero();

        String records = learner.page().select("#records td").text();
        assertThat(records).contains("Not accepted").contains("A product webinar does not cover governance")
                .contains("Kept as a record of your training").contains("Seen the certificate");
    }

    @Test
    void theLearnerWithdrawsAPendingRecordOnce() throws SQLException {
        Learner learner = learnerOfA();
        String title = "Withdrawn " + learner.id();
        banner(learner.record("NHS", title, day(today()), MODULE, FileChoice.NONE));
        Response asked = askToWithdraw(learner, title);
        // The same question open in a second tab.
        Response askedInAnotherTab = askToWithdraw(learner, title);
        Response withdrawn = learner.http().submit(asked.html(), "withdrawing", "confirm-yes", Map.of());
        assertThat(banner(withdrawn)).contains("You withdrew \"" + title + "\"");
        assertThat(status(learner.recordId(title))).isEqualTo("WITHDRAWN");
        assertThat(learner.page().select("#records td").text()).contains("Withdrawn");
        assertThat(learner.page().select("input[aria-label='Withdraw " + title + "']")).isEmpty();
        assertThat(claimsPage(managerA).select("#claims td").text()).doesNotContain(title);
        // The confirmation still open in the other tab says it is over.
        Response again = learner.http().submit(askedInAnotherTab.html(), "withdrawing", "confirm-yes", Map.of());
        assertThat(error(again)).contains("already withdrawn");
        assertThat(RosterData.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'learning.external-training-withdrawn'"
                + " AND details LIKE ?", "%" + title + "%")).isEqualTo(1);
    }

    private static Response askToWithdraw(Learner learner, String title) {
        Document page = learner.page();
        Element withdraw = page.selectFirst("input[aria-label='Withdraw " + title + "']");
        assertThat(withdraw).as(page.text()).isNotNull();
        Response asked = learner.http().submit(page, "records", withdraw.attr("name"), Map.of());
        assertThat(asked.html().getElementById("confirmation-question").text()).contains(title);
        return asked;
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() throws SQLException {
        Learner learner = learnerOfA();
        long files = RosterData.count("SELECT COUNT(*) FROM evidence_file WHERE practice_id = ?", practiceA);
        Map<String, String> lastWeek = day(today().minusDays(7));

        assertThat(error(learner.record("NHS", "Course", day(today().plusDays(1)), MODULE, FileChoice.NONE)))
                .contains("must be on or before");
        assertThat(error(learner.record("NHS", "Course", day("31", "12", "1999"), MODULE, FileChoice.NONE)))
                .contains("must be on or after 1 January 2000");
        assertThat(error(learner.record("NHS", "Course", day("31", "2", "2026"), MODULE, FileChoice.NONE)))
                .contains("Enter a real date");
        assertThat(error(learner.record("NHS", "Course", day("", "", ""), MODULE, FileChoice.NONE)))
                .contains("Enter the date you completed the training");
        assertThat(error(learner.record(" ", "Course", lastWeek, MODULE, FileChoice.NONE)))
                .contains("Enter who provided the training");
        assertThat(error(learner.record("NHS", "", lastWeek, MODULE, FileChoice.NONE)))
                .contains("Enter the title of the training");
        assertThat(error(learner.record("NHS", "Course", lastWeek, MODULE,
                new FileChoice("setup.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}))))
                .contains("not a file the academy accepts");
        assertThat(error(learner.record("NHS", "Course", lastWeek, MODULE,
                new FileChoice("certificate.pdf", "\u0089PNG\r\n\u001a\nimage".getBytes(StandardCharsets.ISO_8859_1)))))
                .contains("is really a PNG image");
        byte[] tooLarge = new byte[11 * 1024 * 1024];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThat(error(learner.record("NHS", "Course", lastWeek, MODULE, new FileChoice("big.pdf", tooLarge))))
                .contains("larger than 10 MB");
        assertThat(error(learner.record("NHS", "Course", lastWeek, "no-such-module", FileChoice.NONE))).isNotBlank();

        // A PPG member is not offered a staff module, and one sent anyway is refused.
        String ppgEmail = TestPeople.person(RosterData.uniqueName("Ext Ppg"), PASSWORD);
        TestPeople.member(ppgEmail, new TestPeople.TestPractice(practiceA, "Riverside", "", DemoAccounts.PRACTICE_A),
                JobRole.PPG_MEMBER);
        Learner ppg = new Learner("ppg", RosterData.count("SELECT id FROM person WHERE email_lower = ?", ppgEmail.toLowerCase(
                java.util.Locale.ROOT)), SignInSession.signIn(application, ppgEmail, PASSWORD));
        assertThat(ppg.page().select("#record\\:module option").eachAttr("value")).doesNotContain(MODULE);
        assertThat(error(ppg.record("NHS", "Course", lastWeek, MODULE, FileChoice.NONE))).isNotBlank();

        assertThat(learner.records()).isZero();
        assertThat(ppg.records()).isZero();
        assertThat(RosterData.count("SELECT COUNT(*) FROM evidence_file WHERE practice_id = ?", practiceA)).isEqualTo(files);
    }

    @Test
    void nobodyReachesTheRecordsOfAnotherPracticeOrPerson() throws SQLException {
        Learner learner = learnerOfA();
        String title = "Private " + learner.id();
        banner(learner.record("NHS", title, day(today().minusDays(2)), MODULE, new FileChoice("c.pdf", PDF)));
        long id = learner.recordId(title);
        long practiceB = RosterData.practiceId(DemoAccounts.PRACTICE_B);
        SignInSession managerB = SignInSession.signIn(application, DemoAccounts.MANAGER_B, DemoAccounts.PASSWORD);

        assertThat(managerB.get("practice/training-claims.xhtml?practice=" + practiceA).status()).isEqualTo(404);
        Response own = managerB.get("practice/training-claims.xhtml?practice=" + practiceB);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.html().text()).doesNotContain(title);
        assertThat(managerB.download("api/v1/me/external-training/" + id + "/certificate").statusCode()).isEqualTo(404);
        long file = RosterData.count("SELECT evidence_file_id FROM learning_external_training WHERE id = ?", id);
        assertThat(managerB.download("api/v1/practices/" + practiceA + "/evidence/" + file).statusCode()).isEqualTo(404);
        // A learner is no manager: the claims page is not theirs.
        assertThat(learner.http().get("practice/training-claims.xhtml?practice=" + practiceA).status()).isEqualTo(403);
        // Another person's records are not in their list.
        LearnerSession stranger = LearnerSession.newLearner(application, JobRole.NURSE);
        assertThat(stranger.http.get("learning/training-elsewhere.xhtml").html().text()).doesNotContain(title);
        assertThat(status(id)).isEqualTo("PENDING");
    }

    @Test
    void theRestApiListsMyRecordsPagedWithTheirStatus() throws SQLException {
        Learner learner = learnerOfA();
        for (int i = 1; i <= 3; i++) {
            banner(learner.record("Provider " + i, "Api course " + i + " " + learner.id(), day(today().minusDays(i)),
                    i == 1 ? MODULE : "", i == 1 ? new FileChoice("c.pdf", PDF) : FileChoice.NONE));
        }
        decide(managerA, ask(managerA, "Turn down", "Api course 2 " + learner.id(), learner.name()), "Wrong course");

        JsonObject first = json(learner.http().get("api/v1/me/external-training?size=2", "application/json"));
        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(first.getInt("pageCount")).isEqualTo(2);
        assertThat(first.getJsonArray("items")).hasSize(2);
        JsonObject newest = first.getJsonArray("items").getJsonObject(0);
        assertThat(newest.getString("title")).isEqualTo("Api course 3 " + learner.id());
        assertThat(newest.getString("status")).isEqualTo("pending");
        JsonObject rejected = first.getJsonArray("items").getJsonObject(1);
        assertThat(rejected.getString("status")).isEqualTo("rejected");
        assertThat(rejected.getString("reason")).isEqualTo("Wrong course");
        assertThat(rejected.getString("decidedBy")).isNotBlank();
        JsonObject oldest = json(learner.http().get("api/v1/me/external-training?size=2&page=1", "application/json"))
                .getJsonArray("items").getJsonObject(0);
        assertThat(oldest.getString("module")).isEqualTo(MODULE);
        assertThat(oldest.getString("completedOn")).isEqualTo(today().minusDays(1).toString());
        assertThat(oldest.getString("certificate")).matches("/api/v1/me/external-training/\\d+/certificate");

        Response bad = learner.http().get("api/v1/me/external-training?page=-1", "application/json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        Response anonymous = new SignInSession(application).get("api/v1/me/external-training", "application/json");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(json(managerA.get("api/v1/me/external-training", "application/json")).getJsonArray("items").toString())
                .doesNotContain(learner.id() + "\"");
        assertThat(new Http(deployed).getFromServer("openapi", "application/json").body())
                .contains("/api/v1/me/external-training", "/api/v1/me/external-training/{id}/certificate");
    }

    private static JsonObject json(Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
