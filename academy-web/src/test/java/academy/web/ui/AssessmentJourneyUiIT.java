package academy.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import academy.practice.JobRole;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.TestPeople;
import academy.web.accreditation.AssessmentData;
import academy.web.accreditation.AssessmentData.TestPractice;

/**
 * The kite-mark journey in a real browser, by keyboard, with axe-core on every page: the manager
 * uploads a file of evidence with the statement and applies, the assessor takes the application and asks for more evidence, the
 * manager answers in the criterion's thread, the assessor accepts and awards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentJourneyUiIT {

    private static final String PASSWORD = "assessment-journey-2026!";
    private static final String WIFI = "#criterion-" + AssessmentData.WIFI;

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @Test
    void theManagerAppliesTheAssessorAsksForMoreTheManagerAnswersAndTheAssessorAwards(@TempDir Path folder)
            throws SQLException, IOException {
        URI home = new Http(deployed).application();
        TestPractice practice = AssessmentData.readyPractice(false);
        String managerEmail = TestPeople.person("Morgan Manager", PASSWORD);
        TestPeople.member(managerEmail, practice.asTestPeoplePractice(), JobRole.PRACTICE_MANAGER);
        String assessorEmail = TestPeople.person("Ash Assessor", PASSWORD);
        TestPeople.systemRole(assessorEmail, "ASSESSOR");

        // A small real PDF, chosen in the file field as a person would from their computer.
        Path survey = Files.write(folder.resolve("wifi-survey-may.pdf"), ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>"
                + " endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        try (Browser manager = Browser.headless()) {
            signIn(manager, home, managerEmail);
            manager.open(home.resolve("accreditation/readiness.xhtml?practice=" + practice.id()));
            manager.assertAccessible();
            manager.find(By.cssSelector(WIFI + " textarea")).sendKeys("Our IT partner surveyed every room in May.");
            manager.find(By.cssSelector(WIFI + " input[type=file]")).sendKeys(survey.toAbsolutePath().toString());
            manager.navigate(() -> manager.find(By.cssSelector(WIFI + " input[type=submit]")).sendKeys(Keys.ENTER));
            assertThat(manager.text(By.cssSelector(".notice--ok"))).contains("is saved, with the file wifi-survey-may.pdf");
            assertThat(manager.text(By.cssSelector(WIFI + " .evidence__file"))).contains("wifi-survey-may.pdf");
            manager.assertAccessible();
            manager.navigate(() -> manager.find(By.cssSelector("input[value='Apply for Foundation']")).sendKeys(Keys.ENTER));
            assertThat(manager.text(By.cssSelector(".notice--ok"))).contains("is submitted");
            manager.assertAccessible();
        }
        long applicationId = AssessmentData.number("SELECT id FROM accreditation_application WHERE practice_id = ?", practice.id());

        try (Browser assessor = Browser.headless()) {
            signIn(assessor, home, assessorEmail);
            assessor.followLink("Assessment");
            assessor.assertAccessible();
            assessor.open(home.resolve("assessment/queue.xhtml?q=" + practice.ods()));
            assessor.navigate(() -> assessor.find(By.cssSelector("input[value=Take]")).sendKeys(Keys.ENTER));
            assertThat(assessor.text(By.cssSelector(".notice--ok"))).contains("You have taken the application");
            assessor.assertAccessible();
            assessor.follow(By.linkText(practice.name() + " (" + practice.ods() + ")"));
            assertThat(assessor.text(By.cssSelector(WIFI + " .evidence__file"))).contains("wifi-survey-may.pdf");
            assessor.assertAccessible();
            assessor.find(By.cssSelector(WIFI + " textarea")).sendKeys("Please add the survey of the upstairs rooms.");
            assessor.navigate(() -> assessor.find(By.cssSelector(WIFI + " input[value='Request more evidence']")).sendKeys(Keys.ENTER));
            assertThat(assessor.text(By.id("application-status"))).isEqualTo("More evidence requested");
            assessor.assertAccessible();
        }

        try (Browser manager = Browser.headless()) {
            signIn(manager, home, managerEmail);
            manager.open(home.resolve("accreditation/readiness.xhtml?practice=" + practice.id()));
            manager.followLink("Follow your application and answer the assessor");
            assertThat(manager.text(By.cssSelector(WIFI))).contains("Please add the survey of the upstairs rooms.");
            manager.assertAccessible();
            manager.find(By.cssSelector(WIFI + " textarea")).sendKeys("The upstairs survey is added to the report.");
            manager.find(By.cssSelector(WIFI + " input[type=url]")).sendKeys("https://example.org/wifi-upstairs");
            manager.navigate(() -> manager.find(By.cssSelector(WIFI + " input[type=submit]")).sendKeys(Keys.ENTER));
            assertThat(manager.text(By.cssSelector(".notice--ok"))).contains("Your answer is sent");
            assertThat(manager.text(By.id("application-status"))).isEqualTo("In review");
            manager.assertAccessible();
        }

        try (Browser assessor = Browser.headless()) {
            signIn(assessor, home, assessorEmail);
            assessor.open(home.resolve("assessment/review.xhtml?application=" + applicationId));
            for (String slug : AssessmentData.strings("SELECT criterion_slug FROM accreditation_application_criterion"
                    + " WHERE application_id = ? AND status <> 'MET' ORDER BY position", applicationId)) {
                assessor.navigate(() -> assessor.find(By.cssSelector("#criterion-" + slug + " input[value=Accept]")).sendKeys(Keys.ENTER));
                assertThat(assessor.text(By.cssSelector(".notice--ok"))).contains("Criterion accepted");
            }
            assessor.assertAccessible();
            assessor.find(By.cssSelector("input[type=radio][value=AWARD]")).sendKeys(Keys.SPACE);
            assessor.find(By.cssSelector("textarea[id$=reasons]")).sendKeys("Every criterion is met and the wifi survey is complete.");
            assessor.navigate(() -> assessor.find(By.cssSelector("input[value='Record the decision']")).sendKeys(Keys.ENTER));
            assertThat(assessor.text(By.cssSelector(".notice--ok"))).contains("Your decision is recorded");
            assertThat(assessor.text(By.id("application-status"))).isEqualTo("Awarded");
            assessor.assertAccessible();
        }
        assertThat(AssessmentData.status(applicationId)).isEqualTo("AWARDED");
        assertThat(AssessmentData.number("SELECT COUNT(*) FROM kitemark_award WHERE application_id = ?", applicationId)).isEqualTo(1);
    }

    private static void signIn(Browser browser, URI home, String email) {
        browser.open(home.resolve(SignInSession.SIGN_IN_PAGE));
        browser.find(By.cssSelector("input[id$=email]")).sendKeys(email);
        browser.find(By.cssSelector("input[id$=password]")).sendKeys(PASSWORD);
        browser.navigate(() -> browser.find(By.cssSelector("input[id$=password]")).sendKeys(Keys.ENTER));
    }
}
