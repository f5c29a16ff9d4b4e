package academy.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.Mailbox;
import academy.web.OutboxFixtureServlet;
import academy.web.SignInSession;
import academy.web.SignInSession.Response;

/**
 * The life of an award on PostgreSQL, through the academy's pages and its run-now endpoint: the
 * nightly checks lapse, mark missed and remind once however often (and however concurrently) they
 * run, with the reminders arriving by mail; an assessor revokes and closes conditions; practices
 * appeal refusals and revocations within 30 days (not after), an administrator gives the appeal to
 * a different assessor, whose outcome reinstates the award or reopens the application. Awards are
 * written into the database as the assessment pages (another feature) leave them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AwardLifecycleIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    @ArquillianResource
    URL base;

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private SignInSession as(String email) {
        return SignInSession.signIn(new Http(base).application(), email, DemoAccounts.PASSWORD);
    }

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy().addClasses(OutboxFixtureServlet.class);
    }

    @Test
    void theNightlyChecksLapseMissAndRemindOnceEvenWhenTwoRunAtOnce() throws Exception {
        try (AwardData data = new AwardData()) {
            long decider = data.assessor("Decider");
            long expiredPractice = data.practice("Expired Surgery");
            String expiredManager = data.member(expiredPractice, "PRACTICE_MANAGER");
            long expired = data.award(expiredPractice, decider, TODAY.minusYears(2), TODAY.minusDays(1), "");

            long windowPractice = data.practice("Window Surgery");
            String windowManager = data.member(windowPractice, "PRACTICE_MANAGER");
            String windowNurse = data.member(windowPractice, "NURSE");
            long windowOpens = data.award(windowPractice, decider, TODAY.minusYears(1), TODAY.plusDays(90), "",
                    TODAY.minusDays(1), TODAY.plusDays(10));

            long finalPractice = data.practice("Final Surgery");
            String finalManager = data.member(finalPractice, "PRACTICE_MANAGER");
            long thirtyDays = data.award(finalPractice, decider, TODAY.minusYears(1), TODAY.plusDays(30), "90");

            long earlyPractice = data.practice("Early Surgery");
            String earlyManager = data.member(earlyPractice, "PRACTICE_MANAGER");
            long dayBeforeWindow = data.award(earlyPractice, decider, TODAY.minusYears(1), TODAY.plusDays(91), "");

            SignInSession admin = as(DemoAccounts.ADMIN);
            SignInSession secondAdmin = as(DemoAccounts.ADMIN);
            CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> admin.postJson("api/v1/admin/award-checks", "{}", Map.of()));
            CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> secondAdmin.postJson("api/v1/admin/award-checks", "{}", Map.of()));
            assertThat(first.get().status()).as(first.get().body()).isEqualTo(200);
            assertThat(second.get().status()).as(second.get().body()).isEqualTo(200);
            assertThat(admin.postJson("api/v1/admin/award-checks", "{}", Map.of()).status()).isEqualTo(200);

            assertThat(data.text("SELECT lapsed_at FROM kitemark_award WHERE id = ?", expired)).isNotNull();
            assertThat(data.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'accreditation.lapsed' AND practice_id = ?",
                    expiredPractice)).isEqualTo(1);
            assertThat(data.text("SELECT lapsed_at FROM kitemark_award WHERE id = ?", windowOpens)).isNull();

            assertThat(data.text("SELECT status FROM kitemark_award_condition WHERE award_id = ? AND position = 1", windowOpens))
                    .isEqualTo("MISSED");
            assertThat(data.text("SELECT status FROM kitemark_award_condition WHERE award_id = ? AND position = 2", windowOpens))
                    .isEqualTo("OPEN");

            assertThat(data.text("SELECT reminders_sent FROM kitemark_award WHERE id = ?", windowOpens)).isEqualTo("90");
            assertThat(data.text("SELECT reminders_sent FROM kitemark_award WHERE id = ?", thirtyDays)).isEqualTo("90,30");
            assertThat(data.text("SELECT reminders_sent FROM kitemark_award WHERE id = ?", dayBeforeWindow)).isEmpty();

            String body = Mailbox.mailTo(MAIL, windowManager, "Your kite mark: renewal due by");
            assertThat(body).contains("in 90 days").contains("/accreditation/readiness.xhtml?practice=" + windowPractice);
            Mailbox.mailTo(MAIL, finalManager, "Your kite mark: renewal due by");
            // Deliver whatever is still queued now, rather than waiting for the schedule: a second
            // reminder would be among it. Then every mail the checks queued has arrived, and is counted.
            Response delivered = admin.post("test-fixtures/outbox/deliver", Map.of());
            assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
            assertThat(mailsTo(windowManager)).isEqualTo(1);
            assertThat(mailsTo(finalManager)).isEqualTo(1);
            assertThat(mailsTo(windowNurse)).isZero();
            assertThat(mailsTo(expiredManager)).isZero();
            assertThat(mailsTo(earlyManager)).isZero();

            Document kiteMark = as(expiredManager).get("accreditation/kite-mark.xhtml").html();
            assertThat(kiteMark.getElementById("award-status").text()).isEqualTo("Lapsed");
            Document timeline = as(windowManager).get("accreditation/timeline.xhtml?practice=" + windowPractice).html();
            assertThat(timeline.select("#timeline .timeline-step").eachText()).containsExactly("Condition missed", "Renewal reminded");
        }
    }

    @Test
    void anAssessorRevokesAfterConfirmingTheManagerAppealsAndADifferentAssessorReinstates() throws Exception {
        try (AwardData data = new AwardData()) {
            long decider = data.assessor("Decider");
            long practice = data.practice("Revoked Surgery");
            String manager = data.member(practice, "PRACTICE_MANAGER");
            long award = data.award(practice, decider, TODAY.minusMonths(3), TODAY.plusMonths(21), "");
            long appealAssessor = data.assessor("Appeal Assessor");

            SignInSession assessor = as(DemoAccounts.ASSESSOR);
            Document page = assessor.get("accreditation/kite-mark.xhtml?practice=" + practice).html();
            assertThat(page.getElementById("award-status").text()).isEqualTo("Current");
            Response blank = assessor.submit(page, "kitemark", "revoke", Map.of("reason", "  "));
            assertThat(blank.html().select(".nhsuk-error-summary").text()).contains("Give the reason for revoking");
            assertThat(data.text("SELECT revoked_at FROM kitemark_award WHERE id = ?", award)).isNull();

            Response asked = assessor.submit(blank.html(), "kitemark", "revoke",
                    Map.of("reason", "The wifi survey was copied from another practice."));
            assertThat(asked.html().text()).contains("Revoke this kite mark?");
            assertThat(data.text("SELECT revoked_at FROM kitemark_award WHERE id = ?", award)).as("not before confirming").isNull();
            Response revoked = assessor.submit(asked.html(), "kitemark", "confirm-revoke", Map.of());
            assertThat(revoked.html().getElementById("award-status").text()).isEqualTo("Revoked");
            assertThat(data.text("SELECT revocation_reason FROM kitemark_award WHERE id = ?", award))
                    .isEqualTo("The wifi survey was copied from another practice.");

            SignInSession practiceManager = as(manager);
            Document mine = practiceManager.get("accreditation/kite-mark.xhtml").html();
            assertThat(mine.text()).contains("You can appeal the revocation until");
            Response appealed = practiceManager.submit(mine, "kitemark", "appeal-revocation",
                    Map.of("grounds", "The survey is our own; here is the engineer's invoice."));
            assertThat(appealed.html().select("#appeals .nhsuk-tag").eachText()).contains("Waiting for an assessor");
            long appealId = data.count("SELECT id FROM accreditation_appeal WHERE award_id = ?", award);

            SignInSession admin = as(DemoAccounts.ADMIN);
            Document appeals = admin.get("admin/appeals.xhtml").html();
            Response refused = admin.submit(appeals, "appeals", buttonInRowOf(appeals, practice),
                    Map.of(selectInRowOf(appeals, practice), demoAssessorId(data)));
            assertThat(refused.html().select(".nhsuk-error-summary").text()).contains("took the decision under appeal");
            Document again = refused.html();
            Response given = admin.submit(again, "appeals", buttonInRowOf(again, practice),
                    Map.of(selectInRowOf(again, practice), Long.toString(appealAssessor)));
            assertThat(given.html().select(".nhsuk-notification-banner").text()).contains("is given to Appeal Assessor");
            assertThat(data.text("SELECT status FROM accreditation_appeal WHERE id = ?", appealId)).isEqualTo("ASSIGNED");

            SignInSession hearing = as(data.email(appealAssessor));
            Document hearings = hearing.get("accreditation/appeal-hearings.xhtml").html();
            Response upheld = uphold(hearing, hearings, "Revoked Surgery", "The invoice shows the survey is the practice's own.");
            assertThat(upheld.html().select(".nhsuk-notification-banner").text()).contains("upheld").contains("reinstated");

            assertThat(data.text("SELECT revoked_at FROM kitemark_award WHERE id = ?", award)).isNull();
            assertThat(data.text("SELECT status FROM accreditation_appeal WHERE id = ?", appealId)).isEqualTo("UPHELD");
            // The reinstated award has a certificate in force again (the certificate feature observes the reinstatement).
            assertThat(data.count("SELECT COUNT(*) FROM certificate WHERE subject_key = 'award:' || ?"
                    + " AND revoked_at IS NULL AND superseded_at IS NULL", award)).isEqualTo(1);
            Document timeline = practiceManager.get("accreditation/timeline.xhtml?practice=" + practice).html();
            assertThat(timeline.select("#timeline .timeline-step").eachText())
                    .containsExactly("Revoked", "Appeal lodged", "Appeal assigned", "Appeal decided", "Reinstated");
            assertThat(practiceManager.get("accreditation/kite-mark.xhtml").html().getElementById("award-status").text())
                    .isEqualTo("Current");
        }
    }

    @Test
    void aRefusalIsAppealedWithinThirtyDaysAndUpheldReopensTheApplicationButALateAppealIsNotHeard() throws Exception {
        try (AwardData data = new AwardData()) {
            long decider = data.assessor("Refuser");
            long practice = data.practice("Refused Surgery");
            String manager = data.member(practice, "PRACTICE_MANAGER");
            data.refusal(practice, decider, Instant.now().minus(Duration.ofDays(31)));

            SignInSession practiceManager = as(manager);
            Document late = practiceManager.get("accreditation/kite-mark.xhtml").html();
            assertThat(late.getElementById("refusal-appeal-ended").text()).contains("The time to appeal the refusal");
            assertThat(late.select("[id$=appeal-refusal]")).isEmpty();

            long application = data.refusal(practice, decider, Instant.now().minus(Duration.ofDays(29)));
            Document inTime = practiceManager.get("accreditation/kite-mark.xhtml").html();
            Response empty = practiceManager.submit(inTime, "kitemark", "appeal-refusal", Map.of("grounds", ""));
            assertThat(empty.html().select(".nhsuk-error-summary").text()).contains("Give the grounds");
            assertThat(data.count("SELECT COUNT(*) FROM accreditation_appeal WHERE practice_id = ?", practice)).isZero();
            practiceManager.submit(empty.html(), "kitemark", "appeal-refusal", Map.of("grounds", "Our evidence was not read."));
            long appealId = data.count("SELECT id FROM accreditation_appeal WHERE application_id = ?", application);

            SignInSession admin = as(DemoAccounts.ADMIN);
            Document appeals = admin.get("admin/appeals.xhtml").html();
            admin.submit(appeals, "appeals", buttonInRowOf(appeals, practice),
                    Map.of(selectInRowOf(appeals, practice), demoAssessorId(data)));
            assertThat(data.text("SELECT status FROM accreditation_appeal WHERE id = ?", appealId)).isEqualTo("ASSIGNED");

            SignInSession assessor = as(DemoAccounts.ASSESSOR);
            Document hearings = assessor.get("accreditation/appeal-hearings.xhtml").html();
            uphold(assessor, hearings, "Refused Surgery", "The evidence meets the criterion.");

            assertThat(data.text("SELECT status FROM accreditation_application WHERE id = ?", application)).isEqualTo("IN_REVIEW");
            assertThat(data.text("SELECT assessor_id FROM accreditation_application WHERE id = ?", application))
                    .isEqualTo(demoAssessorId(data));
            assertThat(data.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'accreditation.reopened' AND practice_id = ?",
                    practice)).isEqualTo(1);
        }
    }

    @Test
    void anAssessorClosesConditionsWithANoteAndTheManagerSeesThemWithDeadlines() throws Exception {
        try (AwardData data = new AwardData()) {
            long decider = data.assessor("Decider");
            long practice = data.practice("Conditions Surgery");
            String manager = data.member(practice, "PRACTICE_MANAGER");
            long award = data.award(practice, decider, TODAY.minusMonths(1), TODAY.plusMonths(23), "",
                    TODAY.plusDays(60), TODAY.plusDays(90));

            SignInSession assessor = as(DemoAccounts.ASSESSOR);
            Document page = assessor.get("accreditation/kite-mark.xhtml?practice=" + practice).html();
            List<Element> buttons = page.select("[id$=:close]");
            assertThat(buttons).hasSize(2);
            String first = buttons.get(0).attr("name");
            String prefix = first.substring(0, first.lastIndexOf(':') + 1);
            Response noNote = assessor.submit(page, "kitemark", first, Map.of(prefix + "outcome", "MET", prefix + "note", ""));
            assertThat(noNote.html().select(".nhsuk-error-summary").text()).contains("Say how the condition was met");
            assertThat(data.text("SELECT status FROM kitemark_award_condition WHERE award_id = ? AND position = 1", award))
                    .isEqualTo("OPEN");

            Response met = assessor.submit(noNote.html(), "kitemark", first,
                    Map.of(prefix + "outcome", "MET", prefix + "note", "Two sessions held in March, registers seen."));
            assertThat(met.html().select(".nhsuk-notification-banner").text()).contains("Condition 1 is recorded as met");
            assertThat(data.text("SELECT closing_note FROM kitemark_award_condition WHERE award_id = ? AND position = 1", award))
                    .isEqualTo("Two sessions held in March, registers seen.");

            Document mine = as(manager).get("accreditation/kite-mark.xhtml").html();
            assertThat(mine.select("#conditions tbody tr").eachText()).hasSize(2);
            assertThat(mine.select("#conditions tbody tr").get(0).text()).contains("Met").contains("Two sessions held in March");
            assertThat(mine.select("#conditions tbody tr").get(1).text()).contains("Open");
            assertThat(mine.select("[id$=:close], [id$=:revoke]")).isEmpty();
        }
    }

    @Test
    void theOldAddressesOfRenamedPagesSendTheBrowserOnToTheNewOnes() {
        // Signed in, as the mail and bookmarks' readers are: /practice/* asks a visitor to sign in first.
        SignInSession admin = as(DemoAccounts.ADMIN);
        Map<String, String> moved = Map.of(
                "accreditation/kitemark.xhtml?practice=7", "/accreditation/kite-mark.xhtml?practice=7",
                "accreditation/appeals.xhtml?page=2", "/accreditation/appeal-hearings.xhtml?page=2",
                "practice/kite-mark.xhtml?practice=7", "/practice/kite-mark-certificates.xhtml?practice=7",
                "accreditation/kitemark.xhtml", "/accreditation/kite-mark.xhtml");
        moved.forEach((old, now) -> {
            Response answer = admin.get(old);
            assertThat(answer.status()).as(old).isEqualTo(301);
            assertThat(answer.location()).as(old).hasValueSatisfying(l -> assertThat(l).endsWith(now));
        });
        // The new page still asks who you are: the redirect itself shows nothing.
        SignInSession visitor = new SignInSession(new Http(base).application());
        assertThat(visitor.get("accreditation/kite-mark.xhtml?practice=7").redirectsToSignIn()).isTrue();
    }

    private int mailsTo(String recipient) throws Exception {
        int count = 0;
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(recipient))) {
                count++;
            }
        }
        return count;
    }

    private static String demoAssessorId(AwardData data) throws Exception {
        return data.text("SELECT id FROM person WHERE email_lower = ?", DemoAccounts.ASSESSOR);
    }

    private static Element rowOf(Document page, long practiceId) {
        return page.select("#appeal-list tbody tr").stream()
                .filter(row -> row.selectFirst("a[href$='practice=" + practiceId + "']") != null)
                .filter(row -> row.selectFirst("select") != null).findFirst()
                .orElseThrow(() -> new AssertionError("no open appeal of practice " + practiceId + " in " + page.text()));
    }

    private static String buttonInRowOf(Document page, long practiceId) {
        return rowOf(page, practiceId).selectFirst("[id$=:assign]").attr("name");
    }

    private static String selectInRowOf(Document page, long practiceId) {
        return rowOf(page, practiceId).selectFirst("select").attr("name");
    }

    /** Upholds the open appeal of the practice on the hearings page, confirming as the page asks. */
    private static Response uphold(SignInSession assessor, Document hearings, String practiceName, String reasons) {
        Element decide = hearings.select("#hearings section").stream().filter(s -> s.text().contains(practiceName))
                .map(s -> s.selectFirst("[id$=:decide]")).filter(Objects::nonNull).findFirst().orElseThrow();
        String prefix = decide.attr("name").substring(0, decide.attr("name").lastIndexOf(':') + 1);
        Response asked = assessor.submit(hearings, "hearings", decide.attr("name"),
                Map.of(prefix + "outcome", "UPHELD", prefix + "reasons", reasons));
        assertThat(asked.html().text()).as("asks to confirm").contains("Record this outcome?");
        return assessor.submit(asked.html(), "hearings", prefix + "confirm", Map.of());
    }
}
