package academy.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.SignInSession.FileChoice;
import academy.web.SignInSession.Response;
import academy.web.TestPeople;
import academy.web.accreditation.AssessmentData.TestPractice;

/**
 * A practice's readiness counted on PostgreSQL from data built for the test: the aggregate queries
 * count current completions only (not expired ones, not those of staff who left), PPG members who
 * completed the whole path (not applicants, not those part-way), sessions of the last 12 months,
 * the latest revision of the latest month's figure, and the latest evidence statement; evidence given
 * on the readiness page as a file (checked by the evidence store) and bad uploads refused, changing nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadinessIT {

    private static final String REGISTER = "online-access-registration";
    private static final String DATA_SECURITY = "data-security-and-protection";
    private static final String[] PPG_PATH = {"digital-champion", "guiding-patients-online", "recruiting-ppg-online",
            "supporting-low-digital-confidence"};

    @ArquillianResource
    URL base;

    private SignInSession admin;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @BeforeEach
    void signIn() {
        admin = SignInSession.signIn(new Http(base).application(), DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
    }

    @Test
    void theSchemeInTheContentTreeIsStoredAsTheCurrentVersion() throws SQLException {
        assertThat(PracticeData.count("SELECT COUNT(*) FROM accreditation_scheme WHERE is_current")).isEqualTo(1);
        assertThat(PracticeData.count("SELECT COUNT(*) FROM accreditation_criterion c JOIN accreditation_scheme s"
                + " ON s.id = c.scheme_id WHERE s.is_current")).isGreaterThanOrEqualTo(18);
        assertThat(PracticeData.count("SELECT COUNT(*) FROM accreditation_level l JOIN accreditation_scheme s"
                + " ON s.id = l.scheme_id WHERE s.is_current")).isEqualTo(3);
    }

    @Test
    void everyKindOfCriterionIsCountedFromThePracticesOwnRecords() throws SQLException {
        long practiceId;
        Instant inAYear = Instant.now().plus(Duration.ofDays(200));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        try (PracticeData practice = PracticeData.newPractice("Readiness Test " + UUID.randomUUID().toString().substring(0, 6))) {
            practiceId = practice.id();
            for (int i = 0; i < 10; i++) {
                long receptionist = practice.member("RECEPTIONIST", "ACTIVE");
                if (i < 7) {
                    practice.completion(receptionist, REGISTER, null);
                } else if (i == 7) {
                    practice.completion(receptionist, REGISTER, Instant.now().minus(Duration.ofDays(1)));
                }
                if (i < 8) {
                    practice.completion(receptionist, DATA_SECURITY, inAYear);
                }
            }
            long leaver = practice.member("RECEPTIONIST", "ENDED");
            practice.completion(leaver, REGISTER, null);

            for (int i = 0; i < 3; i++) {
                long member = practice.member("PPG_MEMBER", "ACTIVE");
                for (int m = 0; m < (i < 2 ? PPG_PATH.length : PPG_PATH.length - 1); m++) {
                    practice.completion(member, PPG_PATH[m], null);
                }
            }
            long applicant = practice.member("PPG_MEMBER", "PENDING");
            for (String module : PPG_PATH) {
                practice.completion(applicant, module, null);
            }

            practice.session(today.minusDays(30), null);
            practice.session(today.minusDays(60), "ASTHMA");
            practice.session(today.minusMonths(13), "ASTHMA");

            practice.figure("ONLINE_ACCESS_REGISTERED_PERCENT", lastMonth.minusMonths(2), 1, "50.0", "Report A", true);
            practice.figure("ONLINE_ACCESS_REGISTERED_PERCENT", lastMonth, 1, "31.0", "Report B", true);
            practice.figure("REPEAT_PRESCRIPTIONS_ONLINE_PERCENT", lastMonth, 1, "10.0", "Report C", false);
            practice.figure("REPEAT_PRESCRIPTIONS_ONLINE_PERCENT", lastMonth, 2, "45.0", null, true);
            practice.figureWithFile("APPOINTMENTS_BOOKED_ONLINE_PERCENT", lastMonth, "26.0", "appointments-report.pdf");

            practice.evidence("wifi-survey", 1, "An old survey that was replaced.", "https://example.org/old", false);
            practice.evidence("wifi-survey", 2, "We surveyed every room in September.", "https://example.org/survey", true);
        }

        Response answer = admin.get("api/v1/practices/" + practiceId + "/readiness", "application/json");

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        JsonObject readiness = Json.createReader(new StringReader(answer.body())).readObject();
        assertThat(readiness.getString("schemeVersion")).isEqualTo("version 1");

        JsonObject reception = criterion(readiness, "reception-online-access-trained");
        assertThat(reception.getString("status")).isEqualTo("not-met");
        assertThat(reception.getString("progress")).startsWith("7 of 10 receptionists and administrators (70 %)");
        assertThat(reception.getString("gap")).isEqualTo("1 more receptionist or administrator needs "
                + "\u201cHelping patients register for online services\u201d.");
        assertThat(reception.getJsonArray("help").getJsonObject(0).getJsonObject("links").getString("html"))
                .endsWith("/catalogue/module.xhtml?slug=" + REGISTER);

        assertThat(status(readiness, "data-security-all-staff")).isEqualTo("met");
        assertThat(status(readiness, "ppg-digital-champions")).isEqualTo("met");
        assertThat(criterion(readiness, "ppg-champions-network").getString("gap"))
                .isEqualTo("3 more PPG members need to complete \u201cPatient participation group members\u201d."
                        + " The PPG has 3 members: recruit at least 2 more.");

        assertThat(status(readiness, "first-upskilling-session")).isEqualTo("met");
        assertThat(criterion(readiness, "regular-upskilling-sessions").getString("progress"))
                .startsWith("2 sessions in the last 12 months");
        assertThat(criterion(readiness, "asthma-sessions").getString("gap"))
                .startsWith("Hold and record 1 more patient upskilling session for patients with asthma");

        assertThat(status(readiness, "online-access-uptake")).isEqualTo("met");
        assertThat(status(readiness, "high-online-access-uptake")).isEqualTo("not-met");
        assertThat(criterion(readiness, "high-online-access-uptake").getString("progress")).contains("was 31 %");
        assertThat(status(readiness, "repeat-prescriptions-online")).isEqualTo("awaiting-evidence");
        assertThat(criterion(readiness, "repeat-prescriptions-online").getString("progress")).contains("was 45 %");
        assertThat(status(readiness, "appointments-online")).isEqualTo("met");
        assertThat(criterion(readiness, "appointments-online").getString("progress"))
                .contains("was 26 %").endsWith("(evidence: file appointments-report.pdf)");
        assertThat(criterion(readiness, "video-consultations-offered").getString("progress")).startsWith("No figure recorded");

        JsonObject wifi = criterion(readiness, "wifi-survey");
        assertThat(wifi.getString("status")).isEqualTo("awaiting-assessor");
        assertThat(wifi.getJsonObject("evidence").getString("statement")).isEqualTo("We surveyed every room in September.");
        assertThat(status(readiness, "tec-code-adopted")).isEqualTo("awaiting-evidence");

        JsonObject foundation = readiness.getJsonArray("levels").getJsonObject(0);
        assertThat(foundation.getString("level")).isEqualTo("foundation");
        assertThat(foundation.getBoolean("automaticCriteriaMet")).isFalse();
        assertThat(foundation.getJsonArray("blocking").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("reception-online-access-trained");
        assertThat(readiness.getJsonArray("areas")).hasSize(3);
    }

    @Test
    void aPracticeAppliesOnlyWhenEveryCriterionCheckedFromItsRecordsIsMetAndTheLevelIsFrozen() throws SQLException {
        long practiceId;
        long lastReceptionist;
        YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        try (PracticeData practice = PracticeData.newPractice("Applying Test " + UUID.randomUUID().toString().substring(0, 6))) {
            practiceId = practice.id();
            long receptionist = 0;
            for (int i = 0; i < 5; i++) {
                receptionist = practice.member("RECEPTIONIST", "ACTIVE");
                if (i < 4) {
                    practice.completion(receptionist, REGISTER, null);
                }
                if (i < 3) {
                    practice.completion(receptionist, DATA_SECURITY, Instant.now().plus(Duration.ofDays(200)));
                }
            }
            lastReceptionist = receptionist;
            practice.session(LocalDate.now(ZoneOffset.UTC).minusDays(10), null);
            practice.session(LocalDate.now(ZoneOffset.UTC).minusDays(100), "DIABETES");
            practice.figure("ONLINE_ACCESS_REGISTERED_PERCENT", lastMonth, 1, "35.0", "Monthly report", true);
            practice.evidence("wifi-survey", 1, "We surveyed every room in September.", "https://example.org/survey", true);
        }
        String page = "accreditation/readiness.xhtml?practice=" + practiceId;

        // "Apply" is offered only when allowed: here the reason takes its place.
        Document notReady = admin.get(page).html();
        assertThat(notReady.select("input[value=\"Apply for Foundation\"]")).isEmpty();
        assertThat(notReady.select("#cannot-apply-foundation").text()).startsWith("You cannot apply yet:"
                + " 1 criterion checked from your records is not met").contains("Staff keep patient data safe");
        assertThat(PracticeData.count("SELECT COUNT(*) FROM accreditation_application WHERE practice_id = ?", practiceId)).isZero();

        try (PracticeData practice = PracticeData.existing(practiceId)) {
            practice.completion(lastReceptionist, DATA_SECURITY, Instant.now().plus(Duration.ofDays(200)));
        }
        Response submitted = applyForFoundation(admin.get(page).html(), page);

        assertThat(submitted.html().select(".nhsuk-notification-banner").text()).contains("Your application for Foundation is submitted");
        assertThat(submitted.html().select("#application-title").text()).isEqualTo("Submitted: Foundation");
        assertThat(submitted.html().select("#cannot-apply-foundation").text()).contains("is with the assessors");
        assertThat(submitted.html().select("input[value^=\"Apply for\"]")).isEmpty();
        long applicationId = PracticeData.count("SELECT id FROM accreditation_application WHERE practice_id = ?"
                + " AND status = 'SUBMITTED' AND level_slug = 'foundation'", practiceId);
        assertThat(PracticeData.count("SELECT COUNT(*) FROM accreditation_application_criterion WHERE application_id = ?",
                applicationId)).isEqualTo(PracticeData.count("SELECT COUNT(*) FROM accreditation_criterion c"
                + " JOIN accreditation_scheme s ON s.id = c.scheme_id WHERE s.is_current AND c.level_rank = 1"));
        assertThat(PracticeData.count("SELECT COUNT(*) FROM accreditation_application_criterion WHERE application_id = ?"
                + " AND criterion_slug = 'wifi-survey' AND status = 'AWAITING_ASSESSOR'"
                + " AND evidence_link = 'https://example.org/survey'", applicationId)).isEqualTo(1);
        assertThat(PracticeData.count("SELECT COUNT(*) FROM audit_entry WHERE practice_id = ? AND action = 'accreditation.applied'",
                practiceId)).isEqualTo(1);
    }

    @Test
    void aManagerGivesEvidenceAsAFileAndSeesItOnThePageAndInTheApi() throws SQLException {
        TestPractice practice = AssessmentData.readyPractice(false);
        SignInSession manager = managerOf(practice);
        String statement = "Our IT partner surveyed every room in May; the report is attached.";

        Response saved = EvidenceForm.give(manager, practice.id(), AssessmentData.WIFI, statement, "",
                Optional.of(new FileChoice("Wifi survey (May).pdf", EvidenceForm.PDF)));

        assertThat(saved.html().select(".nhsuk-notification-banner").text())
                .contains("is saved, with the file Wifi survey (May).pdf,");
        long fileId = PracticeData.count("SELECT evidence_file_id FROM accreditation_evidence WHERE practice_id = ?"
                + " AND criterion_slug = ? AND is_latest AND link IS NULL", practice.id(), AssessmentData.WIFI);
        assertThat(PracticeData.count("SELECT COUNT(*) FROM evidence_file WHERE id = ? AND practice_id = ? AND file_type = 'PDF'"
                + " AND size_bytes = ? AND original_name = 'Wifi survey (May).pdf'", fileId, practice.id(), EvidenceForm.PDF.length))
                .isEqualTo(1);
        Element shown = saved.html().selectFirst("#criterion-" + AssessmentData.WIFI + " a.evidence-file");
        assertThat(shown).as("the file on %s", saved.html().text()).isNotNull();
        assertThat(shown.text()).startsWith("Wifi survey (May).pdf");
        assertThat(shown.attr("href")).endsWith("/api/v1/practices/" + practice.id() + "/evidence/" + fileId);
        HttpResponse<byte[]> download = manager.download(shown.attr("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(EvidenceForm.PDF);

        JsonObject readiness = Json.createReader(new StringReader(manager.get("api/v1/practices/" + practice.id() + "/readiness",
                "application/json").body())).readObject();
        JsonObject evidence = criterion(readiness, AssessmentData.WIFI).getJsonObject("evidence");
        assertThat(evidence.getString("statement")).isEqualTo(statement);
        assertThat(evidence.containsKey("link")).as("no link: %s", evidence).isFalse();
        assertThat(evidence.getJsonObject("file").getString("name")).isEqualTo("Wifi survey (May).pdf");
        assertThat(evidence.getJsonObject("file").getJsonNumber("id").longValue()).isEqualTo(fileId);
        assertThat(evidence.getJsonObject("file").getJsonObject("links").getString("self"))
                .endsWith("/api/v1/practices/" + practice.id() + "/evidence/" + fileId);
        assertThat(criterion(readiness, AssessmentData.WIFI).getString("status")).isEqualTo("awaiting-assessor");

        Response both = EvidenceForm.give(manager, practice.id(), AssessmentData.WIFI, "The survey again, with the upstairs rooms.",
                "https://example.org/wifi-upstairs", Optional.of(new FileChoice("upstairs.png", EvidenceForm.PNG)));
        assertThat(both.html().select(".nhsuk-notification-banner").text()).contains("replaces what you gave before");
        assertThat(both.html().select("#evidence-" + AssessmentData.WIFI + " a").eachText())
                .containsExactly("https://example.org/wifi-upstairs", "upstairs.png (download the evidence file)");
    }

    @Test
    void badUploadsAreRefusedWithTheStoresMessageAndChangeNothing() throws SQLException {
        TestPractice practice = AssessmentData.readyPractice(false);
        SignInSession manager = managerOf(practice);
        String statement = "Our IT partner surveyed every room in May; the report is attached.";
        long filesBefore = EvidenceForm.filesInTheStore();
        byte[] tooLarge = Arrays.copyOf(EvidenceForm.PDF, 10 * 1024 * 1024 + 1);
        Map<FileChoice, String> refusals = Map.of(
                new FileChoice("survey.pdf", EvidenceForm.PNG), "\"survey.pdf\" is really a PNG image",
                new FileChoice("survey.pdf", EvidenceForm.EXE), "\"survey.pdf\" is not a file the academy accepts as evidence."
                        + " Please upload a PDF, PNG, JPEG, DOCX or XLSX file.",
                new FileChoice("empty.pdf", new byte[0]), "The file \"empty.pdf\" is empty.",
                new FileChoice("big.pdf", tooLarge), "The file is larger than 10 MB.");

        refusals.forEach((file, message) -> assertThat(error(EvidenceForm.give(manager, practice.id(), AssessmentData.WIFI,
                statement, "", Optional.of(file)))).as(file.fileName()).contains(message));
        assertThat(error(EvidenceForm.give(manager, practice.id(), AssessmentData.WIFI, statement, "", Optional.empty())))
                .isEqualTo("Please give a link to where the evidence can be seen, or upload a file of it.");
        assertThat(error(EvidenceForm.give(manager, practice.id(), AssessmentData.WIFI, "Too short.", "",
                Optional.of(new FileChoice("survey.pdf", EvidenceForm.PDF))))).contains("at least 20 characters");
        assertThat(error(EvidenceForm.give(manager, practice.id(), AssessmentData.WIFI, statement, "javascript:alert(1)",
                Optional.of(new FileChoice("survey.pdf", EvidenceForm.PDF))))).contains("must be a web address");

        assertThat(PracticeData.count("SELECT COUNT(*) FROM accreditation_evidence WHERE practice_id = ?", practice.id())).isZero();
        assertThat(PracticeData.count("SELECT COUNT(*) FROM evidence_file WHERE practice_id = ?", practice.id())).isZero();
        assertThat(PracticeData.count("SELECT COUNT(*) FROM audit_entry WHERE practice_id = ? AND action IN"
                + " ('evidence.uploaded', 'accreditation.evidence-given')", practice.id())).isZero();
        assertThat(EvidenceForm.filesInTheStore()).as("files in the evidence store").isEqualTo(filesBefore);
    }

    private static String error(Response answer) {
        return answer.html().select(".nhsuk-error-summary__list").text();
    }

    private SignInSession managerOf(TestPractice practice) {
        String password = "readiness-evidence-2026!";
        String email = TestPeople.person("Manager " + practice.ods(), password);
        TestPeople.member(email, practice.asTestPeoplePractice(), JobRole.PRACTICE_MANAGER);
        return SignInSession.signIn(new Http(base).application(), email, password);
    }

    private Response applyForFoundation(Document page, String path) {
        Element button = page.selectFirst("input[value=\"Apply for Foundation\"]");
        assertThat(button).as("an Apply for Foundation button on %s", path).isNotNull();
        Response answer = admin.submit(page, "evidence", button.attr("name"), Map.of());
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer;
    }

    @Test
    void aManagerOfAnotherPracticeIsToldItDoesNotExist() throws SQLException {
        SignInSession managerB = SignInSession.signIn(new Http(base).application(), DemoAccounts.MANAGER_B, DemoAccounts.PASSWORD);
        long practiceA = PracticeData.count("SELECT id FROM practice WHERE ods_code = ?", DemoAccounts.PRACTICE_A);

        Response answer = managerB.get("api/v1/practices/" + practiceA + "/readiness", "application/json");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    private static JsonObject criterion(JsonObject readiness, String id) {
        return readiness.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + id));
    }

    private static String status(JsonObject readiness, String id) {
        return criterion(readiness, id).getString("status");
    }
}
