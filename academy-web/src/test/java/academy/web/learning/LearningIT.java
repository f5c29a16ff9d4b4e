package academy.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import academy.practice.JobRole;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession.Response;
import academy.web.TestDatabase;

/**
 * The learner's side on PostgreSQL over HTTP: taking a module through its pages, the quiz and its
 * feedback, exactly one completion however many submissions or reports arrive at once, the first
 * enrolment under concurrent first requests, and the REST API with its idempotency keys and its
 * refusals (which change nothing).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningIT {

    static final String MODULE = "online-access-registration";
    static final String OTHER_MODULE = "running-upskilling-sessions";
    static final int THREADS = 8;

    @ArquillianResource
    URL deployed;

    private URI application;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @BeforeEach
    void locate() {
        application = new Http(deployed).application();
    }

    @Test
    void aLearnerReadsEveryLessonFailsThenPassesAndIsCompletedOnceWithProgressKeptAcrossSessions() throws SQLException {
        QuizKey key = QuizKey.of(MODULE);
        LearnerSession laptop = LearnerSession.newLearner(application, JobRole.RECEPTIONIST);

        assertThat(laptop.modulePage(MODULE).getElementById("learn:start")).as("a start button").isNotNull();
        String first = laptop.pressOnModulePage(MODULE, "start");
        assertThat(first).contains("catalogue/lesson.xhtml").contains("n=1");
        laptop.readLessons(MODULE, 1, 2);

        // Another device continues where the first left off.
        LearnerSession phone = LearnerSession.signIn(application, laptop.email);
        Document module = phone.modulePage(MODULE);
        assertThat(module.getElementById("lessons-read").text()).isEqualTo("2 of " + key.lessonCount() + " lessons read");
        assertThat(phone.pressOnModulePage(MODULE, "start")).contains("n=3");
        phone.readLessons(MODULE, 3, key.lessonCount());
        assertThat(phone.http.get("catalogue/lesson.xhtml?slug=" + MODULE + "&n=1").html().getElementById("lesson-read"))
                .as("a lesson read says so").isNotNull();

        long failing = phone.startQuiz(MODULE);
        Response failed = phone.submitQuiz(phone.quizPage(failing).html(), key, false);
        assertThat(failed.location()).hasValueSatisfying(l -> assertThat(l).contains("learning/result.xhtml?attempt=" + failing));
        Document feedback = phone.http.get("learning/result.xhtml?attempt=" + failing).html();
        assertThat(feedback.selectFirst("h1").text()).isEqualTo("You did not pass this time");
        assertThat(feedback.getElementById("try-again").text()).contains("2 attempts left");
        assertThat(feedback.select(".feedback-verdict")).hasSize(8);
        assertThat(feedback.select(".feedback-verdict").eachText()).containsOnly("Not right");
        assertThat(feedback.select(".right-answers li").eachText()).isNotEmpty();
        assertThat(feedback.select(".feedback-explanation")).isNotEmpty();
        assertThat(completions(laptop.email, MODULE)).isZero();

        long passing = laptop.startQuiz(MODULE);
        assertThat(passing).isNotEqualTo(failing);
        assertThat(laptop.http.get("learning/result.xhtml?attempt=" + passing).location())
                .as("an open attempt has no result yet: back to the quiz")
                .hasValueSatisfying(l -> assertThat(l).contains("learning/quiz.xhtml?attempt=" + passing));
        Document quiz = laptop.quizPage(passing).html();
        assertThat(quiz.select("fieldset")).hasSize(8);
        // The attempt reads the same wherever it is opened: questions and options in its stored order.
        assertThat(phone.quizPage(passing).html().select("#quiz label").eachText()).isEqualTo(quiz.select("#quiz label").eachText());
        assertThat(phone.quizPage(passing).html().select("#quiz legend").eachText()).isEqualTo(quiz.select("#quiz legend").eachText());
        laptop.submitQuiz(quiz, key, true);
        Document passed = laptop.http.get("learning/result.xhtml?attempt=" + passing).html();
        assertThat(passed.selectFirst("h1").text()).isEqualTo("You passed the quiz");
        assertThat(passed.getElementById("score").text()).contains("You scored 100%");
        assertThat(passed.select("#completed a").eachAttr("href"))
                .anyMatch(href -> href.matches(".*/api/v1/certificates/completions/\\d+"));
        assertThat(completions(laptop.email, MODULE)).isEqualTo(1);

        // The quiz page of a submitted attempt opens its result; reloading the result changes nothing.
        assertThat(laptop.quizPage(passing).location()).hasValueSatisfying(l -> assertThat(l).contains("result.xhtml"));
        laptop.http.get("learning/result.xhtml?attempt=" + passing);
        assertThat(completions(laptop.email, MODULE)).isEqualTo(1);

        Document mine = laptop.http.get("learning/my-learning.xhtml").html();
        assertThat(mine.select("li.nhsuk-task-list__item:has(a[href$='slug=" + MODULE + "'])").first().text()).contains("Complete");
        assertThat(mine.select("#history tbody tr")).hasSize(1);
        assertThat(mine.select("#history a").attr("href")).matches(".*/api/v1/certificates/completions/\\d+");

        // Someone else's attempt does not exist for them.
        LearnerSession stranger = LearnerSession.newLearner(application, JobRole.NURSE);
        assertThat(stranger.quizPage(passing).status()).isEqualTo(404);
        assertThat(stranger.http.get("learning/result.xhtml?attempt=" + passing).status()).isEqualTo(404);
    }

    @Test
    void afterTheLastAttemptOfTheWindowTheLearnerIsToldWhenToComeBack() {
        QuizKey key = QuizKey.of(OTHER_MODULE);
        LearnerSession learner = LearnerSession.newLearner(application, JobRole.RECEPTIONIST);
        learner.pressOnModulePage(OTHER_MODULE, "start");
        for (int attempt = 1; attempt <= 3; attempt++) {
            long id = learner.startQuiz(OTHER_MODULE);
            learner.submitQuiz(learner.quizPage(id).html(), key, false);
            Document result = learner.http.get("learning/result.xhtml?attempt=" + id).html();
            String expected = attempt < 3 ? (3 - attempt) + (attempt == 2 ? " attempt left" : " attempts left")
                    : "You have used all your attempts for now. You can try again from ";
            assertThat(result.getElementById("try-again").text()).contains(expected);
        }
        Document module = learner.modulePage(OTHER_MODULE);
        assertThat(module.getElementById("learn:quiz")).as("no quiz button during the cool-down").isNull();
        assertThat(module.getElementById("attempts-left").text()).contains("You can try again from").contains("(UK time)");
        assertThat(completions(learner.email, OTHER_MODULE)).isZero();
    }

    @Test
    void manySubmissionsOfOneAttemptAtOnceMakeExactlyOneCompletion() throws Exception {
        QuizKey key = QuizKey.of(MODULE);
        LearnerSession learner = LearnerSession.newLearner(application, JobRole.ADMINISTRATOR);
        learner.pressOnModulePage(MODULE, "start");
        learner.readLessons(MODULE, 1, key.lessonCount());
        long attempt = learner.startQuiz(MODULE);

        // Every "tab" has the quiz open before anyone submits: one session each, same person.
        List<LearnerSession> tabs = new ArrayList<>();
        List<Document> pages = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            LearnerSession tab = i == 0 ? learner : LearnerSession.signIn(application, learner.email);
            tabs.add(tab);
            pages.add(tab.quizPage(attempt).html());
        }
        List<Response> answers = all(i -> tabs.get(i).submitQuiz(pages.get(i), key, true));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer + ": " + answer.html().select("main").text()).isEqualTo(302);
            assertThat(answer.location()).hasValueSatisfying(l -> assertThat(l).contains("result.xhtml?attempt=" + attempt));
        });
        assertThat(completions(learner.email, MODULE)).isEqualTo(1);
        assertThat(learner.http.get("learning/result.xhtml?attempt=" + attempt).html().getElementById("completed")).isNotNull();
    }

    /**
     * Payara's own session handling of Jakarta Security lost a signed-in person's roles now and
     * then under concurrent requests (payara/Payara#6145), so a learner got "no access" from their
     * own pages; the academy's sign-in mechanism hands the roles over on every request instead.
     */
    @Test
    void concurrentRequestsOfSignedInLearnersNeverLoseTheirRoles() throws Exception {
        List<LearnerSession> learners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            learners.add(LearnerSession.newLearner(application, JobRole.RECEPTIONIST));
        }
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            statuses.addAll(all(i -> learners.get(i % learners.size()).http.get("learning/my-learning.xhtml").status()));
        }
        assertThat(statuses).hasSize(10 * THREADS).containsOnly(200);
    }

    @Test
    void concurrentReportsWithOneIdempotencyKeyMakeOneCompletionAndAllGetTheSameAnswer() throws Exception {
        LearnerSession learner = LearnerSession.newLearner(application, JobRole.RECEPTIONIST);
        String idempotencyKey = UUID.randomUUID().toString();
        String report = report(MODULE, currentVersion(MODULE), 90, justNow());

        List<Response> answers = all(i -> learner.http.postJson("api/v1/me/completions", report,
                Map.of("Idempotency-Key", idempotencyKey)));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
        assertThat(answers.stream().map(Response::body).distinct()).as("every answer the same").hasSize(1);
        assertThat(completions(learner.email, MODULE)).isEqualTo(1);
        assertThat(enrolments(learner.email, MODULE)).isEqualTo(1);

        // A retry later gets the same answer, status and body.
        Response retry = learner.http.postJson("api/v1/me/completions", report, Map.of("Idempotency-Key", idempotencyKey));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(answers.get(0).body());
        JsonObject completion = jakarta.json.Json.createReader(new java.io.StringReader(retry.body())).readObject();
        assertThat(completion.getString("module")).isEqualTo(MODULE);
        assertThat(completion.getString("source")).isEqualTo("external");
        assertThat(completion.getString("certificate")).isEqualTo("/api/v1/certificates/completions/" + completion.getJsonNumber("id"));

        // The same key for a different report is refused, and changes nothing.
        Response different = learner.http.postJson("api/v1/me/completions",
                report(MODULE, currentVersion(MODULE), 91, justNow()),
                Map.of("Idempotency-Key", idempotencyKey));
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.contentType()).startsWith("application/problem+json");
        assertThat(different.body()).contains("already used");
        assertThat(completions(learner.email, MODULE)).isEqualTo(1);
    }

    @Test
    void concurrentFirstRequestsForANewModuleMakeOneEnrolmentAndNoFailure() throws Exception {
        LearnerSession learner = LearnerSession.newLearner(application, JobRole.RECEPTIONIST);
        int version = currentVersion(OTHER_MODULE);
        Instant when = justNow();

        List<Response> answers = all(i -> learner.http.postJson("api/v1/me/completions", report(OTHER_MODULE, version, 80 + i, when),
                Map.of("Idempotency-Key", "first-" + i + "-" + UUID.randomUUID())));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
        assertThat(enrolments(learner.email, OTHER_MODULE)).isEqualTo(1);
        assertThat(completions(learner.email, OTHER_MODULE)).isEqualTo(THREADS);

        // Pages starting the same new module at once: one enrolment, every request answered.
        List<LearnerSession> tabs = new ArrayList<>();
        List<Document> pages = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            LearnerSession tab = LearnerSession.signIn(application, learner.email);
            tabs.add(tab);
            pages.add(tab.modulePage(MODULE));
        }
        List<Response> started = all(i -> tabs.get(i).http.submit(pages.get(i), "learn", "start", Map.of()));
        assertThat(started).allSatisfy(answer -> assertThat(answer.status())
                .as(answer + ": " + answer.html().select("main").text()).isEqualTo(302));
        assertThat(enrolments(learner.email, MODULE)).isEqualTo(1);
    }

    @Test
    void badReportsAreRefusedWithAProblemThatSaysWhyAndChangeNothing() throws SQLException {
        LearnerSession learner = LearnerSession.newLearner(application, JobRole.RECEPTIONIST);
        int version = currentVersion(MODULE);
        Instant recently = justNow();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        assertRefused(learner.http.postJson("api/v1/me/completions", report("no-such-module", 1, 90, recently), key),
                400, "no module");
        assertRefused(learner.http.postJson("api/v1/me/completions", report(MODULE, version + 50, 90, recently), key),
                400, "has no version");
        assertRefused(learner.http.postJson("api/v1/me/completions", report(MODULE, version, 90,
                Instant.now().plus(1, ChronoUnit.DAYS)), key), 400, "future");
        assertRefused(learner.http.postJson("api/v1/me/completions", report(MODULE, version, 140, recently), key),
                400, "0 to 100");
        assertRefused(learner.http.postJson("api/v1/me/completions", report(MODULE, version, 90, recently), Map.of()),
                400, "idempotency key");
        assertRefused(learner.http.postJson("api/v1/me/completions", "{\"module\": \"" + MODULE + "\", \"version\": \"one\"}",
                key), 400, "must be a whole number");
        assertRefused(learner.http.postJson("api/v1/me/completions", "not json", key), 400, "not a JSON object");
        assertRefused(learner.http.postJson("api/v1/me/completions", "{\"module\": \"" + MODULE + "\", \"version\": " + version
                + ", \"score\": 90, \"completedAt\": \"yesterday\"}", key), 400, "completedAt");
        // Another site's page may not report for the person whose browser it runs in.
        assertRefused(learner.http.postJson("api/v1/me/completions", report(MODULE, version, 90, recently),
                Map.of("Idempotency-Key", "x-1", "Origin", "https://elsewhere.example")), 403, "");

        assertThat(completions(learner.email, MODULE)).isZero();
        assertThat(enrolments(learner.email, MODULE)).isZero();
        assertThat(learner.http.get("api/v1/me/completions?page=-1", "application/json").status()).isEqualTo(400);
    }

    @Test
    void aReportBelowThePassMarkOrDatedBeforeTheVersionExistedIsNoCompletionAndRecordsNothing() {
        LearnerSession learner = LearnerSession.newLearner(application, JobRole.RECEPTIONIST);
        int version = currentVersion(MODULE);

        for (int score : List.of(0, 79)) {
            Response failed = learner.http.postJson("api/v1/me/completions", report(MODULE, version, score, justNow()),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertRefused(failed, 422, "pass mark of 80%");
        }
        for (String ancient : List.of("0001-01-01T00:00:00Z", "1900-01-01T00:00:00Z")) {
            Response old = learner.http.postJson("api/v1/me/completions", report(MODULE, version, 95, Instant.parse(ancient)),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertRefused(old, 422, "before version " + version);
        }
        assertThat(completions(learner.email, MODULE)).isZero();
        assertThat(learner.http.get("api/v1/me/completions", "application/json").body()).contains("\"total\":0");
        assertThat(learner.modulePage(MODULE).getElementById("completed")).as("the module page says nothing is complete").isNull();

        // The pass mark itself is a pass.
        Response passed = learner.http.postJson("api/v1/me/completions", report(MODULE, version, 80, justNow()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(passed.status()).as(passed.body()).isEqualTo(201);
        assertThat(completions(learner.email, MODULE)).isEqualTo(1);
    }

    @Test
    void aPpgMemberCannotStartReportOrBeOfferedAStaffOnlyModule() {
        LearnerSession ppg = LearnerSession.newLearner(application, JobRole.PPG_MEMBER);

        Document module = ppg.modulePage(MODULE);
        assertThat(module.getElementById("learn:start")).as("no start button on a staff-only module").isNull();
        assertThat(module.text()).contains("for practice staff");
        Response reported = ppg.http.postJson("api/v1/me/completions", report(MODULE, currentVersion(MODULE), 95, justNow()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertRefused(reported, 403, "for practice staff");
        assertThat(completions(ppg.email, MODULE)).isZero();
        assertThat(enrolments(ppg.email, MODULE)).isZero();
    }

    @Test
    void myProgressListsTheRequiredModulesOfMyRoleAndMyCompletionsArePaged() {
        LearnerSession learner = LearnerSession.newLearner(application, JobRole.RECEPTIONIST);
        Instant recently = justNow();
        Response reported = learner.http.postJson("api/v1/me/completions", report(MODULE, currentVersion(MODULE), 95, recently),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);

        Response progress = learner.http.get("api/v1/me/progress", "application/json");
        assertThat(progress.status()).isEqualTo(200);
        JsonObject body = jakarta.json.Json.createReader(new java.io.StringReader(progress.body())).readObject();
        List<String> paths = body.getJsonArray("paths").getValuesAs(JsonObject.class).stream().map(p -> p.getString("path")).toList();
        assertThat(paths).contains("reception-and-admin", "all-staff").doesNotContain("clinicians", "ppg-members");
        List<JsonObject> required = body.getJsonArray("required").getValuesAs(JsonObject.class);
        assertThat(required.stream().map(m -> m.getString("module"))).contains(MODULE, OTHER_MODULE, "data-security-and-protection");
        JsonObject done = required.stream().filter(m -> m.getString("module").equals(MODULE)).findFirst().orElseThrow();
        assertThat(done.getString("status")).isEqualTo("complete");
        assertThat(required.stream().filter(m -> m.getString("module").equals(OTHER_MODULE)).findFirst().orElseThrow()
                .getString("status")).isEqualTo("not-started");

        Response completions = learner.http.get("api/v1/me/completions?page=0&size=1", "application/json");
        JsonObject page = jakarta.json.Json.createReader(new java.io.StringReader(completions.body())).readObject();
        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getInt("score")).isEqualTo(95);
    }

    @Test
    void aSignificantNewVersionAsksTheLearnerToTakeTheModuleAgain() throws SQLException {
        // A module of its own, so that no other test's module changes under it; retired at the end.
        String slug = "it-refresh-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = TestDatabase.connect()) {
            long module = next(db);
            execute(db, "INSERT INTO catalogue_module (id, slug, retired) VALUES (" + module + ", '" + slug + "', FALSE)");
            long first = version(db, module, 1, false);
            try {
                LearnerSession learner = LearnerSession.newLearner(application, JobRole.RECEPTIONIST);
                Response reported = learner.http.postJson("api/v1/me/completions",
                        report(slug, 1, 90, justNow()),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                assertThat(reported.status()).as(reported.body()).isEqualTo(201);
                Document before = learner.modulePage(slug);
                assertThat(before.getElementById("completed")).as("complete before the change").isNotNull();
                assertThat(before.getElementById("refresh-needed")).isNull();

                execute(db, "UPDATE catalogue_module_version SET is_current = FALSE WHERE id = " + first);
                version(db, module, 2, true);

                Document after = learner.modulePage(slug);
                assertThat(after.getElementById("refresh-needed").text()).contains("changed significantly")
                        .contains("version 2");
                assertThat(after.select("#your-progress .nhsuk-tag").text()).isEqualTo("Refresh needed");
                assertThat(after.getElementById("completed")).isNull();
                assertThat(after.getElementById("learn:start").val()).isEqualTo("Continue reading");
            } finally {
                execute(db, "UPDATE catalogue_module_version SET is_current = FALSE WHERE module_id = " + module);
                execute(db, "UPDATE catalogue_module SET retired = TRUE WHERE id = " + module);
            }
        }
    }

    private static long version(Connection db, long module, int number, boolean significant) throws SQLException {
        long id = next(db);
        execute(db, "INSERT INTO catalogue_module_version (id, module_id, version_number, content_hash, title, title_lower,"
                + " summary, summary_lower, audience, area, minutes, cpd_minutes, face_to_face, significant, pass_mark, tags,"
                + " lesson_count, question_count, is_current, loaded_at) VALUES (" + id + ", " + module + ", " + number
                + ", 'hash-" + number + "', 'Refresher " + number + "', 'refresher " + number + "', 'A test module.',"
                + " 'a test module.', 'STAFF', 'STAFF_CULTURE', 10, 10, FALSE, " + significant + ", 80, '', 1, 1, TRUE,"
                + " TIMESTAMP '2020-01-01 00:00:00')");
        execute(db, "UPDATE catalogue_module SET current_version_id = " + id + " WHERE id = " + module);
        return id;
    }

    private static long next(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT nextval('catalogue_seq')"); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static void assertRefused(Response answer, int status, String detail) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains(detail);
    }

    /** A moment just past, later than any module version the tests use was loaded. */
    static Instant justNow() {
        return Instant.now().minusSeconds(1);
    }

    static String report(String module, int version, int score, Instant completedAt) {
        return "{\"module\": \"" + module + "\", \"version\": " + version + ", \"score\": " + score
                + ", \"completedAt\": \"" + completedAt + "\"}";
    }

    /** Runs the request on {@value #THREADS} threads released together; every answer, in order. */
    private static <T> List<T> all(IndexedCall<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int index = i;
                Callable<T> task = () -> {
                    ready.countDown();
                    go.await();
                    return call.call(index);
                };
                futures.add(pool.submit(task));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface IndexedCall<T> {
        T call(int index) throws Exception;
    }

    static int currentVersion(String slug) {
        return (int) single("SELECT v.version_number FROM catalogue_module_version v JOIN catalogue_module m ON m.id = v.module_id"
                + " WHERE m.slug = ? AND v.is_current", slug);
    }

    static long completions(String email, String slug) {
        return single("SELECT COUNT(*) FROM learning_completion c JOIN person p ON p.id = c.person_id"
                + " JOIN catalogue_module m ON m.id = c.module_id WHERE p.email_lower = ? AND m.slug = ?", email, slug);
    }

    static long enrolments(String email, String slug) {
        return single("SELECT COUNT(*) FROM learning_enrolment e JOIN person p ON p.id = e.person_id"
                + " JOIN catalogue_module m ON m.id = e.module_id WHERE p.email_lower = ? AND m.slug = ?", email, slug);
    }

    private static long single(String sql, String... parameters) {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).as(sql).isTrue();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
