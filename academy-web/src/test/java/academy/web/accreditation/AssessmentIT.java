package academy.web.accreditation;

import static academy.web.accreditation.AssessmentData.WIFI;
import static academy.web.accreditation.AssessmentData.number;
import static academy.web.accreditation.AssessmentData.readyPractice;
import static academy.web.accreditation.AssessmentData.status;
import static academy.web.accreditation.AssessmentData.strings;
import static academy.web.accreditation.AssessmentData.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import academy.web.accreditation.AssessmentData.TestPractice;

/**
 * The assessor's side of accreditation through its pages on PostgreSQL: a practice applies, an
 * assessor takes the application, asks for more evidence, the manager answers, the assessor accepts
 * and awards with conditions; refusal, deferral, conflicts of interest, moderation of the top
 * level, and bad input that is refused and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentIT {

    private static final String PASSWORD = "assessment-test-2026!";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @Test
    void aPracticeAppliesTheAssessorAsksForMoreTheManagerAnswersAndTheAssessorAwardsWithConditions() throws SQLException {
        TestPractice practice = readyPractice(true);
        String managerEmail = TestPeople.person("Manager " + practice.ods(), PASSWORD);
        TestPeople.member(managerEmail, practice.asTestPeoplePractice(), JobRole.PRACTICE_MANAGER);
        SignInSession manager = signIn(managerEmail);
        String readinessPage = "accreditation/readiness.xhtml?practice=" + practice.id();
        Document readiness = manager.get(readinessPage).html();
        Element apply = readiness.selectFirst("input[value=\"Apply for Foundation\"]");
        assertThat(apply).as("apply button on %s", readiness.text()).isNotNull();
        assertThat(manager.submit(readiness, "levels", apply.attr("name"), Map.of()).html().select(".notice--ok").text())
                .contains("is submitted");
        long applicationId = number("SELECT id FROM accreditation_application WHERE practice_id = ?", practice.id());

        SignInSession assessor = signIn(newAssessor("Alex Assessor"));
        Document queue = assessor.get("assessment/queue.xhtml?assigned=UNASSIGNED&q=" + practice.ods()).html();
        Element take = queue.selectFirst("input[value=Take]");
        assertThat(take).as("a Take button in %s", queue.text()).isNotNull();
        assertThat(assessor.submit(queue, "queue", take.attr("name"), Map.of()).html().select(".notice--ok").text())
                .contains("You have taken the application");
        assertThat(status(applicationId)).isEqualTo("IN_REVIEW");

        String reviewPage = "assessment/review.xhtml?application=" + applicationId;
        Document review = assessor.get(reviewPage).html();
        Response requested = pressInCriterion(assessor, review, WIFI, "Request more evidence",
                "Please send the survey of the upstairs consulting rooms too.");
        assertThat(requested.html().select(".notice--ok").text()).contains("Your request is sent");
        assertThat(status(applicationId)).isEqualTo("MORE_EVIDENCE_REQUESTED");
        assertThat(requested.html().select("#decision")).as("no decision while the practice owes an answer").isEmpty();

        String applicationPage = "accreditation/application.xhtml?practice=" + practice.id();
        Document asked = manager.get(applicationPage).html();
        assertThat(asked.select("#criterion-" + WIFI).text()).contains("Please send the survey of the upstairs consulting rooms too.");
        Element wifi = asked.selectFirst("#criterion-" + WIFI);
        Map<String, String> answer = new HashMap<>();
        answer.put(wifi.selectFirst("textarea").attr("name"), "The upstairs survey is now included.");
        answer.put(wifi.selectFirst("input[type=url]").attr("name"), "https://example.org/survey-upstairs");
        Response answered = manager.submit(asked, "threads", wifi.selectFirst("input[type=submit]").attr("name"), answer);
        assertThat(answered.html().select(".notice--ok").text()).contains("Your answer is sent");
        assertThat(status(applicationId)).isEqualTo("IN_REVIEW");
        assertThat(number("SELECT COUNT(*) FROM accreditation_evidence WHERE practice_id = ? AND is_latest"
                + " AND link = 'https://example.org/survey-upstairs'", practice.id())).isEqualTo(1);

        acceptEverythingToJudge(assessor, reviewPage, applicationId);
        Document ready = assessor.get(reviewPage).html();
        assertThat(ready.select("#criterion-" + WIFI).text()).contains("The upstairs survey is now included.");

        Response missingConditions = decide(assessor, ready, "AWARD_WITH_CONDITIONS", "Strong evidence throughout.", List.of());
        assertThat(missingConditions.html().select(".notice--error").text()).contains("needs at least one condition");
        assertThat(status(applicationId)).isEqualTo("IN_REVIEW");
        assertThat(number("SELECT COUNT(*) FROM accreditation_decision WHERE application_id = ?", applicationId)).isZero();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Response awarded = decide(assessor, assessor.get(reviewPage).html(), "AWARD_WITH_CONDITIONS",
                "Strong evidence throughout.", List.of(new String[] {"Survey the new annexe", today.plusMonths(3).toString()},
                        new String[] {"Train the two new receptionists", today.plusMonths(6).toString()}));
        assertThat(awarded.html().select(".notice--ok").text()).contains("Your decision is recorded");
        assertThat(status(applicationId)).isEqualTo("AWARDED");
        assertThat(number("SELECT COUNT(*) FROM accreditation_decision WHERE application_id = ? AND outcome = 'AWARD_WITH_CONDITIONS'"
                + " AND decided_as = 'ASSESSOR'", applicationId)).isEqualTo(1);
        long awardId = number("SELECT id FROM kitemark_award WHERE application_id = ?", applicationId);
        assertThat(number("SELECT COUNT(*) FROM kitemark_award_condition WHERE award_id = ? AND status = 'OPEN'", awardId))
                .isEqualTo(2);
        for (String action : List.of("accreditation.applied", "accreditation.taken", "accreditation.evidence-requested",
                "accreditation.evidence-answered", "accreditation.criterion-accepted", "accreditation.decided",
                "accreditation.awarded")) {
            assertThat(number("SELECT COUNT(*) FROM audit_entry WHERE practice_id = ? AND action = ?", practice.id(), action))
                    .as(action).isGreaterThanOrEqualTo(1);
        }
        assertThat(manager.get(applicationPage).html().select("#application-status").text()).isEqualTo("Awarded");
    }

    @Test
    void refusingAndDeferringNeedReasonsAndMakeNoAward() throws SQLException {
        SignInSession assessor = signIn(newAssessor("Robin Refuser"));
        for (String outcome : List.of("REFUSE", "DEFER")) {
            TestPractice practice = TestPractice.create("Refused " + outcome);
            long applicationId = submitted(practice.id(), false);
            String reviewPage = "assessment/review.xhtml?application=" + applicationId;
            Document review = assessor.get(reviewPage).html();
            assessor.submit(review, "take", "take:take", Map.of());

            Response noReasons = decide(assessor, assessor.get(reviewPage).html(), outcome, "  ", List.of());
            assertThat(noReasons.html().select(".notice--error").text()).contains("Give the reasons for the decision");
            assertThat(status(applicationId)).isEqualTo("IN_REVIEW");

            Response decided = decide(assessor, assessor.get(reviewPage).html(), outcome, "The wifi survey covers one room only.",
                    List.of());
            assertThat(decided.html().select(".notice--ok").text()).contains("Your decision is recorded");
            assertThat(status(applicationId)).isEqualTo(outcome.equals("REFUSE") ? "REFUSED" : "DEFERRED");
            assertThat(number("SELECT COUNT(*) FROM kitemark_award WHERE application_id = ?", applicationId)).isZero();
        }
    }

    @Test
    void anAwardNeedsEveryJudgedCriterionAcceptedAndConditionsOnlyWithAnAwardWithConditions() throws SQLException {
        SignInSession assessor = signIn(newAssessor("Casey Careful"));
        TestPractice practice = TestPractice.create("Careful");
        long applicationId = submitted(practice.id(), false);
        String reviewPage = "assessment/review.xhtml?application=" + applicationId;
        assessor.submit(assessor.get(reviewPage).html(), "take", "take:take", Map.of());

        Response tooEarly = decide(assessor, assessor.get(reviewPage).html(), "AWARD", "Looks fine.", List.of());
        assertThat(tooEarly.html().select(".notice--error").text()).contains("Not accepted yet").contains("wifi");
        Response blankComment = pressInCriterion(assessor, assessor.get(reviewPage).html(), WIFI, "Request more evidence", " ");
        assertThat(blankComment.html().select(".notice--error").text()).contains("Say what more evidence you need");
        acceptEverythingToJudge(assessor, reviewPage, applicationId);
        Response conditionsOnAward = decide(assessor, assessor.get(reviewPage).html(), "AWARD", "Looks fine.",
                List.<String[]>of(new String[] {"Something", LocalDate.now(ZoneOffset.UTC).plusMonths(1).toString()}));
        assertThat(conditionsOnAward.html().select(".notice--error").text()).contains("Conditions go only with");
        Response badDeadline = decide(assessor, assessor.get(reviewPage).html(), "AWARD_WITH_CONDITIONS", "Looks fine.",
                List.<String[]>of(new String[] {"Something", "next spring"}));
        assertThat(badDeadline.html().select(".notice--error").text()).contains("A deadline must be a date");

        assertThat(status(applicationId)).isEqualTo("IN_REVIEW");
        assertThat(number("SELECT COUNT(*) FROM accreditation_decision WHERE application_id = ?", applicationId)).isZero();
        assertThat(number("SELECT COUNT(*) FROM kitemark_award WHERE application_id = ?", applicationId)).isZero();
    }

    @Test
    void anAssessorNeverSeesTakesOrIsAssignedAPracticeTheyBelongToOrDeclaredAConflictWith() throws SQLException {
        TestPractice own = TestPractice.create("Own");
        TestPractice declared = TestPractice.create("Declared");
        long ownApplication = submitted(own.id(), false);
        long declaredApplication = submitted(declared.id(), false);
        String scrupulousName = "Sam Scrupulous " + own.ods();
        String email = newAssessor(scrupulousName);
        TestPeople.member(email, own.asTestPeoplePractice(), JobRole.GP);
        SignInSession assessor = signIn(email);

        assertThat(assessor.get("assessment/queue.xhtml?q=" + own.ods()).html().select("input[value=Take]")).isEmpty();
        assertThat(assessor.get("assessment/review.xhtml?application=" + ownApplication).status()).isEqualTo(404);
        assertThat(assessor.get("assessment/queue.xhtml?q=" + declared.ods()).html().select("input[value=Take]")).hasSize(1);

        Document conflicts = assessor.get("assessment/conflicts.xhtml").html();
        assertThat(conflicts.text()).contains(own.name());
        Response blank = assessor.submit(conflicts, "declare", "declare:save", Map.of("declare:ods", declared.ods(), "declare:reason", ""));
        assertThat(blank.html().select(".notice--error").text()).contains("Say why");
        Response unknown = assessor.submit(assessor.get("assessment/conflicts.xhtml").html(), "declare", "declare:save",
                Map.of("declare:ods", "nonsense", "declare:reason", "My sister works there."));
        assertThat(unknown.html().select(".notice--error").text()).contains("No practice has the code");
        Response saved = assessor.submit(assessor.get("assessment/conflicts.xhtml").html(), "declare", "declare:save",
                Map.of("declare:ods", declared.ods(), "declare:reason", "My sister works there."));
        assertThat(saved.html().select(".notice--ok").text()).contains("is recorded");
        assertThat(saved.html().select("#declared").text()).contains(declared.name()).contains("My sister works there.");

        assertThat(assessor.get("assessment/queue.xhtml?q=" + declared.ods()).html().select("input[value=Take]")).isEmpty();
        assertThat(assessor.get("assessment/review.xhtml?application=" + declaredApplication).status()).isEqualTo(404);
        assertThat(number("SELECT COUNT(*) FROM accreditation_application WHERE id IN (?, ?) AND assessor_id IS NULL",
                ownApplication, declaredApplication)).isEqualTo(2);

        SignInSession admin = signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        Document assign = admin.get("assessment/review.xhtml?application=" + declaredApplication).html();
        assertThat(assign.select("#assign select option")).extracting(Element::text).doesNotContain(scrupulousName);
        String freeEmail = newAssessor("Free Assessor " + declared.ods());
        Document again = admin.get("assessment/review.xhtml?application=" + declaredApplication).html();
        String freeId = again.select("#assign select option").stream().filter(o -> o.text().equals("Free Assessor " + declared.ods()))
                .findFirst().orElseThrow().val();
        Response assigned = admin.submit(again, "assign", "assign:assign", Map.of("assign:assessor", freeId));
        assertThat(assigned.html().select(".notice--ok").text()).contains("assigned to Free Assessor");
        assertThat(number("SELECT COUNT(*) FROM accreditation_application a JOIN person p ON p.id = a.assessor_id"
                + " WHERE a.id = ? AND p.email_lower = ?", declaredApplication, freeEmail)).isEqualTo(1);
        long scrupulous = number("SELECT id FROM person WHERE email_lower = ?", email);
        Response refused = admin.submit(admin.get("assessment/review.xhtml?application=" + declaredApplication).html(), "assign",
                "assign:assign", Map.of("assign:assessor", String.valueOf(scrupulous)));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(number("SELECT COUNT(*) FROM accreditation_application a JOIN person p ON p.id = a.assessor_id"
                + " WHERE a.id = ? AND p.email_lower = ?", declaredApplication, freeEmail)).as("still the free assessor").isEqualTo(1);
    }

    @Test
    void aTopLevelAwardStandsOnlyOnceASecondAssessorConfirmsIt() throws SQLException {
        TestPractice practice = TestPractice.create("Exemplary");
        long applicationId = submitted(practice.id(), true);
        SignInSession first = signIn(newAssessor("First Assessor " + practice.ods()));
        String secondEmail = newAssessor("Second Assessor " + practice.ods());
        SignInSession second = signIn(secondEmail);
        String reviewPage = "assessment/review.xhtml?application=" + applicationId;
        first.submit(first.get(reviewPage).html(), "take", "take:take", Map.of());
        acceptEverythingToJudge(first, reviewPage, applicationId);

        Response noModerator = decide(first, first.get(reviewPage).html(), "AWARD", "Exemplary work.", List.of());
        assertThat(noModerator.html().select(".notice--error").text()).contains("choose the second assessor");
        assertThat(status(applicationId)).isEqualTo("IN_REVIEW");

        String moderatorId = String.valueOf(number("SELECT id FROM person WHERE email_lower = ?", secondEmail));
        Response proposed = decide(first, first.get(reviewPage).html(), "AWARD", "Exemplary work.", List.of(),
                Map.of("decision:moderator", moderatorId));
        assertThat(proposed.html().select(".notice--ok").text()).contains("waits for the second assessor");
        assertThat(status(applicationId)).isEqualTo("AWAITING_MODERATION");
        assertThat(number("SELECT COUNT(*) FROM kitemark_award WHERE application_id = ?", applicationId)).isZero();
        assertThat(first.get(reviewPage).html().select("#moderation")).as("the first assessor cannot moderate").isEmpty();
        assertThat(second.get("assessment/queue.xhtml?assigned=MINE&q=" + practice.ods()).html().select("#queue a").text())
                .as("the moderator finds it among their own").contains(practice.name());
        assertThat(first.get("assessment/queue.xhtml?assigned=MINE&q=" + practice.ods()).html().select("#queue a").text())
                .contains(practice.name());

        Response returned = second.submit(second.get(reviewPage).html(), "moderation", "moderation:return",
                Map.of("moderation:moderationReasons", "The social media policy is not signed yet."));
        assertThat(returned.html().select(".notice--ok").text()).contains("back with the first assessor");
        assertThat(status(applicationId)).isEqualTo("IN_REVIEW");

        decide(first, first.get(reviewPage).html(), "AWARD", "Signed policy seen.", List.of(), Map.of("decision:moderator", moderatorId));
        Response confirmed = second.submit(second.get(reviewPage).html(), "moderation", "moderation:confirm",
                Map.of("moderation:moderationReasons", "Agreed: the evidence is complete."));
        assertThat(confirmed.html().select(".notice--ok").text()).contains("The award stands: KM-");
        assertThat(status(applicationId)).isEqualTo("AWARDED");
        assertThat(number("SELECT COUNT(*) FROM accreditation_decision WHERE application_id = ? AND decided_as = 'MODERATOR'",
                applicationId)).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM accreditation_decision WHERE application_id = ? AND decided_as = 'ASSESSOR'",
                applicationId)).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM kitemark_award WHERE application_id = ?", applicationId)).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM audit_entry WHERE practice_id = ? AND action IN"
                + " ('accreditation.moderation-requested', 'accreditation.moderation-returned', 'accreditation.moderation-confirmed')",
                practice.id())).isEqualTo(4);
    }

    // ---- helpers ----

    private void acceptEverythingToJudge(SignInSession assessor, String reviewPage, long applicationId) throws SQLException {
        for (String slug : strings("SELECT criterion_slug FROM accreditation_application_criterion WHERE application_id = ?"
                + " AND status <> 'MET' ORDER BY position", applicationId)) {
            Response accepted = pressInCriterion(assessor, assessor.get(reviewPage).html(), slug, "Accept", null);
            assertThat(accepted.html().select(".notice--ok").text()).as(slug).contains("Criterion accepted");
        }
    }

    private static Response pressInCriterion(SignInSession session, Document page, String slug, String button, String comment) {
        Element criterion = page.selectFirst("#criterion-" + slug);
        assertThat(criterion).as("criterion %s on %s", slug, page.text()).isNotNull();
        Element pressed = criterion.selectFirst("input[value=\"" + button + "\"]");
        assertThat(pressed).as("%s on %s", button, criterion.text()).isNotNull();
        Map<String, String> values = new HashMap<>();
        if (comment != null) {
            values.put(criterion.selectFirst("textarea").attr("name"), comment);
        }
        return session.submit(page, "criteria", pressed.attr("name"), values);
    }

    private static Response decide(SignInSession session, Document page, String outcome, String reasons, List<String[]> conditions) {
        return decide(session, page, outcome, reasons, conditions, Map.of());
    }

    private static Response decide(SignInSession session, Document page, String outcome, String reasons, List<String[]> conditions,
                                   Map<String, String> more) {
        Element form = page.getElementById("decision");
        assertThat(form).as("a decision form on %s", page.text()).isNotNull();
        Map<String, String> values = new HashMap<>(more);
        values.put("decision:outcome", outcome);
        values.put("decision:reasons", reasons);
        List<Element> descriptions = form.select("input[id$=condition]");
        List<Element> deadlines = form.select("input[id$=deadline]");
        for (int i = 0; i < conditions.size(); i++) {
            values.put(descriptions.get(i).attr("name"), conditions.get(i)[0]);
            values.put(deadlines.get(i).attr("name"), conditions.get(i)[1]);
        }
        Response answer = session.submit(page, "decision", "decision:decide", values);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer;
    }

    private SignInSession signIn(String email) {
        return signIn(email, PASSWORD);
    }

    private SignInSession signIn(String email, String password) {
        return SignInSession.signIn(new Http(base).application(), email, password);
    }

    private static String newAssessor(String name) {
        String email = TestPeople.person(name, PASSWORD);
        TestPeople.systemRole(email, "ASSESSOR");
        return email;
    }

}
