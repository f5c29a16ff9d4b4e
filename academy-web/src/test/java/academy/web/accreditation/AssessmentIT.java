package academy.web.accreditation;

import static academy.web.accreditation.AssessmentData.WIFI;
import static academy.web.accreditation.AssessmentData.number;
import static academy.web.accreditation.AssessmentData.readyPractice;
import static academy.web.accreditation.AssessmentData.status;
import static academy.web.accreditation.AssessmentData.strings;
import static academy.web.accreditation.AssessmentData.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
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
import java.util.Optional;
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
import academy.web.SignInSession.FileChoice;
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
        SignInSession manager = managerOf(practice);
        long applicationId = applyForFoundation(manager, practice);

        SignInSession assessor = signIn(newAssessor("Alex Assessor"));
        take(assessor, practice);
        assertThat(status(applicationId)).isEqualTo("IN_REVIEW");

        String reviewPage = "assessment/review.xhtml?application=" + applicationId;
        Document review = assessor.get(reviewPage).html();
        Response requested = pressInCriterion(assessor, review, WIFI, "Request more evidence",
                "Please send the survey of the upstairs consulting rooms too.");
        assertThat(requested.html().select(".nhsuk-notification-banner").text()).contains("Your request is sent");
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
        assertThat(answered.html().select(".nhsuk-notification-banner").text()).contains("Your answer is sent");
        assertThat(status(applicationId)).isEqualTo("IN_REVIEW");
        assertThat(number("SELECT COUNT(*) FROM accreditation_evidence WHERE practice_id = ? AND is_latest"
                + " AND link = 'https://example.org/survey-upstairs'", practice.id())).isEqualTo(1);

        acceptEverythingToJudge(assessor, reviewPage, applicationId);
        Document ready = assessor.get(reviewPage).html();
        assertThat(ready.select("#criterion-" + WIFI).text()).contains("The upstairs survey is now included.");

        Response missingConditions = decide(assessor, ready, "AWARD_WITH_CONDITIONS", "Strong evidence throughout.", List.of());
        assertThat(missingConditions.html().select(".nhsuk-error-summary").text()).contains("needs at least one condition");
        assertThat(status(applicationId)).isEqualTo("IN_REVIEW");
        assertThat(number("SELECT COUNT(*) FROM accreditation_decision WHERE application_id = ?", applicationId)).isZero();

        LocalDate inThree = LocalDate.now(ZoneOffset.UTC).plusMonths(3);
        LocalDate inSix = LocalDate.now(ZoneOffset.UTC).plusMonths(6);
        Response awarded = decide(assessor, assessor.get(reviewPage).html(), "AWARD_WITH_CONDITIONS",
                "Strong evidence throughout.", List.of(day("Survey the new annexe", inThree),
                        day("Train the two new receptionists", inSix)));
        assertThat(awarded.html().select(".nhsuk-notification-banner").text()).contains("Your decision is recorded");
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
    void theApplicationFreezesTheEvidenceFileAndOnlyThoseWhoMayReadTheApplicationDownloadIt() throws SQLException {
        TestPractice practice = readyPractice(false);
        SignInSession manager = managerOf(practice);
        EvidenceForm.give(manager, practice.id(), WIFI, "Our IT partner surveyed every room in May; the report is attached.",
                "", Optional.of(new FileChoice("Wifi survey (May).pdf", EvidenceForm.PDF)));
        long fileId = number("SELECT evidence_file_id FROM accreditation_evidence WHERE practice_id = ? AND is_latest",
                practice.id());
        long applicationId = applyForFoundation(manager, practice);
        assertThat(number("SELECT COUNT(*) FROM accreditation_application_criterion WHERE application_id = ? AND criterion_slug = ?"
                + " AND evidence_file_id = ? AND evidence_file_name = 'Wifi survey (May).pdf' AND evidence_link IS NULL",
                applicationId, WIFI, fileId)).isEqualTo(1);

        SignInSession assessor = signIn(newAssessor("Fay Filereader"));
        Document review = assessor.get("assessment/review.xhtml?application=" + applicationId).html();
        Element frozen = review.selectFirst("#criterion-" + WIFI + " a.evidence-file");
        assertThat(frozen).as("the frozen file on %s", review.text()).isNotNull();
        assertThat(frozen.text()).startsWith("Wifi survey (May).pdf");
        String download = "api/v1/assessment/applications/" + applicationId + "/evidence-files/" + fileId;
        assertThat(frozen.attr("href")).endsWith("/" + download);

        HttpResponse<byte[]> file = assessor.download(download);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(EvidenceForm.PDF);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment; filename=\"Wifi survey (May).pdf\"");
        assertThat(signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).download(download).statusCode()).isEqualTo(200);

        String conflicted = newAssessor("Connie Conflicted " + practice.ods());
        TestPeople.member(conflicted, practice.asTestPeoplePractice(), JobRole.GP);
        assertThat(signIn(conflicted).download(download).statusCode()).as("an assessor with a conflict").isEqualTo(404);
        assertThat(signIn(DemoAccounts.MANAGER_B, DemoAccounts.PASSWORD).download(download).statusCode())
                .as("a manager of another practice").isEqualTo(404);
        assertThat(manager.download(download).statusCode()).as("the practice's manager, who has its own download").isEqualTo(404);
        assertThat(new SignInSession(new Http(base).application()).download(download).statusCode()).isEqualTo(401);
        long otherFile = number("SELECT COALESCE(MAX(id), 999999999) FROM evidence_file WHERE practice_id <> ?", practice.id());
        assertThat(assessor.download("api/v1/assessment/applications/" + applicationId + "/evidence-files/" + otherFile)
                .statusCode()).as("a file the application does not hold").isEqualTo(404);
    }

    @Test
    void theManagerAnswersARequestWithAFileTheAssessorDownloadsWhileTheFrozenFileStays() throws SQLException {
        TestPractice practice = readyPractice(true);
        SignInSession manager = managerOf(practice);
        long applicationId = applyForFoundation(manager, practice);
        SignInSession assessor = signIn(newAssessor("Ari Answerreader"));
        take(assessor, practice);
        String reviewPage = "assessment/review.xhtml?application=" + applicationId;
        pressInCriterion(assessor, assessor.get(reviewPage).html(), WIFI, "Request more evidence", "Please send the report itself.");

        Document asked = manager.get("accreditation/application.xhtml?practice=" + practice.id()).html();
        Element wifi = asked.selectFirst("#criterion-" + WIFI);
        Map<String, String> text = Map.of(wifi.selectFirst("textarea").attr("name"), "The survey report itself is attached here.");
        Response refused = manager.submitMultipart(asked, "threads", wifi.selectFirst("input[type=submit]").attr("name"), text,
                Map.of(wifi.selectFirst("input[type=file]").attr("name"), new FileChoice("report.pdf", EvidenceForm.PNG)));
        assertThat(refused.html().select(".nhsuk-error-summary").text()).contains("is really a PNG image");
        assertThat(status(applicationId)).isEqualTo("MORE_EVIDENCE_REQUESTED");

        Document again = manager.get("accreditation/application.xhtml?practice=" + practice.id()).html();
        wifi = again.selectFirst("#criterion-" + WIFI);
        Response answered = manager.submitMultipart(again, "threads", wifi.selectFirst("input[type=submit]").attr("name"),
                Map.of(wifi.selectFirst("textarea").attr("name"), "The survey report itself is attached here."),
                Map.of(wifi.selectFirst("input[type=file]").attr("name"), new FileChoice("report.png", EvidenceForm.PNG)));
        assertThat(answered.html().select(".nhsuk-notification-banner").text()).contains("Your answer is sent to the assessor, with the file report.png.");
        assertThat(status(applicationId)).isEqualTo("IN_REVIEW");
        long answerFile = number("SELECT evidence_file_id FROM criterion_message WHERE application_id = ? AND side = 'PRACTICE'",
                applicationId);
        assertThat(number("SELECT COUNT(*) FROM accreditation_evidence WHERE practice_id = ? AND is_latest AND evidence_file_id = ?",
                practice.id(), answerFile)).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM accreditation_application_criterion WHERE application_id = ? AND criterion_slug = ?"
                + " AND evidence_file_id IS NULL AND evidence_link = 'https://example.org/survey'", applicationId, WIFI))
                .as("the frozen evidence never changes").isEqualTo(1);
        assertThat(answered.html().select("#criterion-" + WIFI + " a.evidence-file").attr("href"))
                .endsWith("/api/v1/practices/" + practice.id() + "/evidence/" + answerFile);

        Element shown = assessor.get(reviewPage).html().selectFirst("#criterion-" + WIFI + " ol[aria-label^=Messages] a.evidence-file");
        assertThat(shown).isNotNull();
        assertThat(shown.text()).startsWith("report.png");
        HttpResponse<byte[]> file = assessor.download(shown.attr("href"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(EvidenceForm.PNG);
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
            assertThat(noReasons.html().select(".nhsuk-error-summary").text()).contains("Give the reasons for the decision");
            assertThat(status(applicationId)).isEqualTo("IN_REVIEW");

            Response decided = decide(assessor, assessor.get(reviewPage).html(), outcome, "The wifi survey covers one room only.",
                    List.of());
            assertThat(decided.html().select(".nhsuk-notification-banner").text()).contains("Your decision is recorded");
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
        assertThat(tooEarly.html().select(".nhsuk-error-summary").text()).contains("Not accepted yet").contains("wifi");
        Response blankComment = pressInCriterion(assessor, assessor.get(reviewPage).html(), WIFI, "Request more evidence", " ");
        assertThat(blankComment.html().select(".nhsuk-error-summary").text()).contains("Say what more evidence you need");
        acceptEverythingToJudge(assessor, reviewPage, applicationId);
        // The condition fields are the conditional content of "Award with conditions": hidden until it is chosen.
        Document fresh = assessor.get(reviewPage).html();
        Element reveal = fresh.selectFirst("#decision .nhsuk-radios__conditional:has(input[id$=condition])");
        assertThat(reveal).as("conditions revealed by a choice on %s", fresh.text()).isNotNull();
        assertThat(reveal.hasClass("nhsuk-radios__conditional--hidden")).isTrue();
        assertThat(reveal.previousElementSibling().selectFirst("input[type=radio]").val())
                .as("right after its answer").isEqualTo("AWARD_WITH_CONDITIONS");
        Response badDeadline = decide(assessor, fresh, "AWARD_WITH_CONDITIONS", "Looks fine.",
                List.<String[]>of(new String[] {"Something", "31", "2", "2027"}));
        assertThat(badDeadline.html().select(".nhsuk-error-summary").text()).contains("real date");
        assertThat(badDeadline.html().selectFirst("#decision .nhsuk-radios__conditional:has(input[id$=condition])")
                .hasClass("nhsuk-radios__conditional--hidden")).as("shown again with the error").isFalse();
        // Conditions typed before choosing a plain award go with their hidden fields: the award has none.
        Response plain = decide(assessor, badDeadline.html(), "AWARD", "Looks fine.",
                List.<String[]>of(new String[] {"Something", "31", "3", "2027"}));
        assertThat(plain.html().select(".nhsuk-notification-banner").text()).contains("Your decision is recorded");
        assertThat(number("SELECT COUNT(*) FROM kitemark_award_condition c JOIN kitemark_award a ON a.id = c.award_id"
                + " WHERE a.application_id = ?", applicationId)).isZero();

        assertThat(status(applicationId)).isEqualTo("AWARDED");
        assertThat(number("SELECT COUNT(*) FROM accreditation_decision WHERE application_id = ?", applicationId)).isEqualTo(1);
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
        assertThat(blank.html().select(".nhsuk-error-summary").text()).contains("Say why");
        Response unknown = assessor.submit(assessor.get("assessment/conflicts.xhtml").html(), "declare", "declare:save",
                Map.of("declare:ods", "nonsense", "declare:reason", "My sister works there."));
        assertThat(unknown.html().select(".nhsuk-error-summary").text()).contains("No practice has the code");
        Response saved = assessor.submit(assessor.get("assessment/conflicts.xhtml").html(), "declare", "declare:save",
                Map.of("declare:ods", declared.ods(), "declare:reason", "My sister works there."));
        assertThat(saved.html().select(".nhsuk-notification-banner").text()).contains("is recorded");
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
        assertThat(assigned.html().select(".nhsuk-notification-banner").text()).contains("assigned to Free Assessor");
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
        assertThat(noModerator.html().select(".nhsuk-error-summary").text()).contains("choose the second assessor");
        assertThat(status(applicationId)).isEqualTo("IN_REVIEW");

        String moderatorId = String.valueOf(number("SELECT id FROM person WHERE email_lower = ?", secondEmail));
        Response proposed = decide(first, first.get(reviewPage).html(), "AWARD", "Exemplary work.", List.of(),
                Map.of("decision:moderator", moderatorId));
        assertThat(proposed.html().select(".nhsuk-notification-banner").text()).contains("waits for the second assessor");
        assertThat(status(applicationId)).isEqualTo("AWAITING_MODERATION");
        assertThat(number("SELECT COUNT(*) FROM kitemark_award WHERE application_id = ?", applicationId)).isZero();
        assertThat(first.get(reviewPage).html().select("#moderation")).as("the first assessor cannot moderate").isEmpty();
        assertThat(second.get("assessment/queue.xhtml?assigned=MINE&q=" + practice.ods()).html().select("#queue a").text())
                .as("the moderator finds it among their own").contains(practice.name());
        assertThat(first.get("assessment/queue.xhtml?assigned=MINE&q=" + practice.ods()).html().select("#queue a").text())
                .contains(practice.name());

        Response returned = second.submit(second.get(reviewPage).html(), "moderation", "moderation:return",
                Map.of("moderation:moderationReasons", "The social media policy is not signed yet."));
        assertThat(returned.html().select(".nhsuk-notification-banner").text()).contains("back with the first assessor");
        assertThat(status(applicationId)).isEqualTo("IN_REVIEW");

        decide(first, first.get(reviewPage).html(), "AWARD", "Signed policy seen.", List.of(), Map.of("decision:moderator", moderatorId));
        Response confirmed = second.submit(second.get(reviewPage).html(), "moderation", "moderation:confirm",
                Map.of("moderation:moderationReasons", "Agreed: the evidence is complete."));
        assertThat(confirmed.html().select(".nhsuk-notification-banner").text()).contains("The award stands: KM-");
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
            assertThat(accepted.html().select(".nhsuk-notification-banner").text()).as(slug).contains("Criterion accepted");
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
        // The condition fields (sent whatever the choice, as a browser sends hidden conditional fields): the day, month and year of each deadline.
        List<Element> descriptions = form.select("input[id$=condition]");
        List<Element> days = form.select("input[id$=deadline-day]");
        List<Element> months = form.select("input[id$=deadline-month]");
        List<Element> years = form.select("input[id$=deadline-year]");
        assertThat(descriptions.size()).as("condition fields on %s", form.text()).isGreaterThanOrEqualTo(conditions.size());
        for (int i = 0; i < conditions.size(); i++) {
            values.put(descriptions.get(i).attr("name"), conditions.get(i)[0]);
            values.put(days.get(i).attr("name"), conditions.get(i)[1]);
            values.put(months.get(i).attr("name"), conditions.get(i)[2]);
            values.put(years.get(i).attr("name"), conditions.get(i)[3]);
        }
        Response answer = session.submit(page, "decision", "decision:decide", values);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer;
    }

    /** A condition as typed: what to do, and the deadline's day, month and year. */
    private static String[] day(String description, LocalDate deadline) {
        return new String[] {description, Integer.toString(deadline.getDayOfMonth()), Integer.toString(deadline.getMonthValue()),
                Integer.toString(deadline.getYear())};
    }

    private SignInSession managerOf(TestPractice practice) {
        String email = TestPeople.person("Manager " + practice.ods(), PASSWORD);
        TestPeople.member(email, practice.asTestPeoplePractice(), JobRole.PRACTICE_MANAGER);
        return signIn(email);
    }

    private static long applyForFoundation(SignInSession manager, TestPractice practice) throws SQLException {
        Document readiness = manager.get("accreditation/readiness.xhtml?practice=" + practice.id()).html();
        Element apply = readiness.selectFirst("input[value=\"Apply for Foundation\"]");
        assertThat(apply).as("apply button on %s", readiness.text()).isNotNull();
        assertThat(manager.submit(readiness, "evidence", apply.attr("name"), Map.of()).html().select(".nhsuk-notification-banner").text())
                .contains("is submitted");
        return number("SELECT id FROM accreditation_application WHERE practice_id = ?", practice.id());
    }

    private static void take(SignInSession assessor, TestPractice practice) {
        Document queue = assessor.get("assessment/queue.xhtml?assigned=UNASSIGNED&q=" + practice.ods()).html();
        Element take = queue.selectFirst("input[value=Take]");
        assertThat(take).as("a Take button in %s", queue.text()).isNotNull();
        assertThat(assessor.submit(queue, "queue", take.attr("name"), Map.of()).html().select(".nhsuk-notification-banner").text())
                .contains("You have taken the application");
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
