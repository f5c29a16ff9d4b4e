package academy.web.practice;

import static academy.web.ui.BrowserExtension.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import academy.practice.JobRole;
import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.TestPeople.TestPractice;
import academy.web.TestPeople;
import academy.web.ui.Browser;
import academy.web.ui.BrowserExtension;

/**
 * A practice manager and an administrator at work in a real browser, by keyboard, in one
 * deployment: the manager of Riverside works through the training matrix (filters, search, the
 * CSV), records a patient upskilling session and an uptake figure with an evidence file, and looks
 * at face-to-face training; changes a member's job role in the dialog (still changed after
 * reloading); a member leaves a practice after confirming; an assessor's home page; an
 * administrator finds a practice and opens its roster, the people and the audit trail. axe-core
 * checks every page, every state the journeys reach and the open dialog. Approving a PPG applicant
 * is part of the PPG member's whole journey in {@link academy.web.learning.LearnerJourneyUiIT}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class PracticeManagerUiIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String OWN_PASSWORD = "saffron-kettle-orbit-walrus-63";

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @Test
    void theManagerOfRiversideWorksThroughTheMatrixAndThePracticeRecords(Browser browser) throws Exception {
        long riverside = MatrixData.practiceId(DemoAccounts.PRACTICE_A);
        String overdueName = MatrixData.uniqueName("Ursula Overdue");
        long overdue = MatrixData.staff(riverside, overdueName, "RECEPTIONIST");
        MatrixData.complete(overdue, riverside, "data-security-and-protection",
                Instant.now().atOffset(ZoneOffset.UTC).minusMonths(14).toInstant());

        signIn(browser, DemoAccounts.MANAGER_A);
        browser.followLink("My practice");
        browser.assertAccessible();
        browser.followLink("Training matrix");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Training matrix");
        assertThat(browser.texts(By.cssSelector(".coverage-table th[scope=row]"))).contains("Staff culture and development", "Receptionist");
        browser.assertAccessible();

        // Receptionists with something overdue.
        new Select(browser.find(By.id("matrix:role-filter"))).selectByVisibleText("Receptionist");
        new Select(browser.find(By.id("matrix:status-filter"))).selectByVisibleText("Overdue");
        show(browser);
        List<WebElement> rows = browser.findAll(By.cssSelector("#matrix\\:staff_data tr"));
        assertThat(rows).isNotEmpty();
        for (WebElement row : rows) {
            assertThat(row.findElements(By.tagName("td")).get(1).getText()).isEqualTo("Receptionist");
            assertThat(row.getText()).contains("Overdue");
        }
        browser.assertAccessible();

        // Then one person by name.
        browser.find(By.id("matrix:search")).sendKeys(overdueName);
        show(browser);
        assertThat(browser.texts(By.cssSelector("#matrix\\:staff_data tr td:first-child"))).containsExactly(overdueName);
        assertThat(browser.text(By.cssSelector("#matrix\\:staff_data tr"))).contains("Overdue", "Not started");
        browser.assertAccessible();

        // The CSV of what is shown, fetched as the link would download it (with the browser's session).
        String csvLink = browser.find(By.id("download-csv")).getAttribute("href");
        assertThat(csvLink).contains("format=csv", "role=receptionist", "status=overdue");
        String csv = fetch(browser, csvLink);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("Name,Email,Job role");
        assertThat(csv).contains(overdueName + ",").contains("Overdue");

        // All of the practice's certificates, one link beside the matrix downloads (the ZIP itself: CertificateIT).
        var certificates = browser.find(By.id("download-certificates"));
        assertThat(certificates.getText()).isEqualTo("Download all certificates (ZIP)");
        assertThat(certificates.getAttribute("href")).matches(".*/api/v1/practices/[0-9]+/certificates\\.zip");

        // A patient upskilling session.
        browser.followLink("Patient upskilling sessions");
        browser.assertAccessible();
        String topic = "Asthma app afternoon " + UUID.randomUUID().toString().substring(0, 6);
        setValue(browser, By.id("session:held-on"), LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        new Select(browser.find(By.id("session:topic"))).selectByVisibleText("Apps for long-term conditions");
        browser.find(By.id("session:topic-text")).sendKeys(topic);
        new Select(browser.find(By.id("session:condition"))).selectByVisibleText("Asthma");
        browser.find(By.id("session:attendees")).sendKeys("12");
        browser.find(By.id("session:sign-ups")).sendKeys("7");
        browser.find(By.cssSelector("input[type=checkbox][value=PPG_CHAMPIONS]")).sendKeys(Keys.SPACE);
        browser.find(By.id("session:record")).sendKeys(Keys.ENTER);
        browser.waitUntilSettled();
        waitForText(browser, By.cssSelector("#session .notice--ok"), "Session recorded");
        assertThat(browser.texts(By.cssSelector("#sessions-list\\:sessions_data td"))).anyMatch(t -> t.contains(topic));
        browser.assertAccessible();

        // An uptake figure with an evidence file.
        browser.followLink("Uptake figures");
        browser.assertAccessible();
        Path evidence = Files.createTempDirectory("academy-evidence-").resolve("online-access-report.png");
        Files.write(evidence, ("\u0089PNG\r\n\u001a\n" + "not really an image beyond its signature").getBytes(StandardCharsets.ISO_8859_1));
        setValue(browser, By.id("figure:month"), YearMonth.now(ZoneOffset.UTC).toString());
        new Select(browser.find(By.id("figure:measure"))).selectByValue("ONLINE_ACCESS_REGISTERED_PERCENT");
        browser.find(By.id("figure:value")).sendKeys("47.5");
        browser.find(By.id("figure:source")).sendKeys("Clinical system report " + topic);
        browser.find(By.id("figure:evidence")).sendKeys(evidence.toString());
        browser.navigate(() -> browser.find(By.id("figure:record")).click());
        assertThat(browser.text(By.cssSelector("#figure .notice--ok"))).contains("is 47.5%", "online-access-report.png");
        assertThat(browser.texts(By.cssSelector("#figures-list\\:figures_data a"))).anyMatch(t -> t.contains("online-access-report.png"));
        browser.assertAccessible();

        browser.followLink("Face-to-face training");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Face-to-face training");
        browser.assertAccessible();
    }

    private void show(Browser browser) {
        browser.find(By.id("matrix:show")).click();
        browser.waitUntilSettled();
    }

    private void waitForText(Browser browser, By by, String text) {
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Date and month inputs take their value the way the browser's picker would set it. */
    private void setValue(Browser browser, By field, String value) {
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                browser.find(field), value);
    }

    private String fetch(Browser browser, String url) {
        Object text = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('failed: ' + e));", url);
        return String.valueOf(text).replace("\uFEFF", "");
    }

    @Test
    void aManagerChangesAMembersJobRoleByKeyboardAndItStays(Browser browser) throws SQLException {
        String name = "Rhys Mover " + UUID.randomUUID().toString().substring(0, 6);
        long membership = RosterData.member(RosterData.practiceId(DemoAccounts.PRACTICE_A), name,
                RosterData.uniqueEmail("ui-mover"), "RECEPTIONIST");
        signIn(browser, DemoAccounts.MANAGER_A);
        browser.followLink("My practice");
        findMember(browser, name);

        browser.find(By.cssSelector("button[aria-label='Change the job role of " + name + "']")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("role-form:new-role")));
        assertThat(browser.text(By.cssSelector("label[for='role-form:new-role']"))).contains(name);
        browser.assertAccessible();
        new Select(browser.find(By.id("role-form:new-role"))).selectByVisibleText("Pharmacist");
        browser.find(By.id("role-form:save-role")).sendKeys(Keys.ENTER);
        browser.waitUntilSettled();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("roster:messages"), name + " is now Pharmacist"));
        browser.assertAccessible();
        assertThat(RosterData.jobRole(membership)).isEqualTo("PHARMACIST");

        browser.open(browser.home().resolve("practice/roster.xhtml"));
        findMember(browser, name);
        assertThat(browser.text(By.cssSelector("#roster\\:members tbody tr"))).contains(name, "Pharmacist");
    }

    @Test
    void anAdministratorFindsAPracticeAndOpensItsRoster(Browser browser) {
        signIn(browser, DemoAccounts.ADMIN);

        browser.followLink("Administration");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Practices");
        browser.assertAccessible();
        browser.find(By.id("practices:search")).sendKeys("Y09002");
        browser.find(By.id("practices:find")).sendKeys(Keys.ENTER);
        browser.waitUntilSettled();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#practices\\:table tbody tr"), 1));
        assertThat(browser.text(By.cssSelector("#practices\\:table tbody tr"))).contains("Hawthorn Surgery");

        browser.follow(By.linkText("Hawthorn Surgery"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Hawthorn Surgery");
        browser.assertAccessible();

        browser.open(browser.home().resolve("admin/people.xhtml"));
        browser.assertAccessible();
        browser.open(browser.home().resolve("admin/audit.xhtml?action=signin."));
        assertThat(browser.texts(By.cssSelector("#audit\\:table tbody td"))).anyMatch(t -> t.startsWith("signin."));
        browser.assertAccessible();
    }

    @Test
    void aMemberLeavesAPracticeByKeyboardAfterConfirmingAndAnAssessorSeesWhatTheyMayNotAssess(Browser browser) throws SQLException {
        TestPractice practice = TestPeople.practice();
        String member = TestPeople.person("Lou Leaver", OWN_PASSWORD);
        TestPeople.member(member, practice, JobRole.RECEPTIONIST);
        signIn(browser, member, OWN_PASSWORD);
        assertThat(browser.text(By.cssSelector("main"))).contains(practice.name(), "Your training");
        browser.assertAccessible();

        browser.find(By.cssSelector("button[aria-label='Leave " + practice.name() + "']")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertThat(browser.text(By.cssSelector(".ui-confirm-dialog"))).contains("Leave " + practice.name() + "?",
                "stays in the practice's history");
        browser.assertAccessible();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).sendKeys(Keys.ENTER);
        browser.waitUntilSettled();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".message-list"), "You have left " + practice.name()));
        browser.assertAccessible();
        assertThat(RosterData.membershipStatus(RosterData.membershipOf(member, practice.id()))).isEqualTo("ENDED");
        browser.follow(By.cssSelector(".nhsuk-header__account-form button"));

        String assessor = TestPeople.person("Ash Assessor", OWN_PASSWORD);
        TestPeople.systemRole(assessor, "ASSESSOR");
        TestPeople.member(assessor, practice, JobRole.GP);
        signIn(browser, assessor, OWN_PASSWORD);
        assertThat(browser.text(By.id("assessing"))).contains("queue of applications to assess");
        assertThat(browser.texts(By.cssSelector("#conflicts td"))).contains("You belong to it now");
        browser.assertAccessible();
    }

    private void findMember(Browser browser, String name) {
        browser.find(By.id("roster:search")).sendKeys(name);
        browser.find(By.id("roster:find-members")).sendKeys(Keys.ENTER);
        browser.waitUntilSettled();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#roster\\:members tbody tr"), 1));
    }
}
