package academy.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.practice.MatrixData;

/**
 * The manager of Riverside in a real browser: opens the training matrix from "My practice",
 * filters it by job role and status, searches a name, downloads the CSV, records a patient
 * upskilling session and an uptake figure with an evidence file, and looks at face-to-face
 * training. axe-core checks every page and every state the journey reaches.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManagerMatrixUiIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @ArquillianResource
    URL deployed;

    private URI home;
    private Browser browser;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @BeforeEach
    void start() {
        home = new Http(deployed).application();
        browser = Browser.headless();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theManagerOfRiversideWorksThroughTheMatrixAndThePracticeRecords() throws Exception {
        long riverside = MatrixData.practiceId(DemoAccounts.PRACTICE_A);
        String overdueName = MatrixData.uniqueName("Ursula Overdue");
        long overdue = MatrixData.staff(riverside, overdueName, "RECEPTIONIST");
        MatrixData.complete(overdue, riverside, "data-security-and-protection",
                Instant.now().atOffset(ZoneOffset.UTC).minusMonths(14).toInstant());

        signIn(DemoAccounts.MANAGER_A);
        browser.followLink("My practice");
        browser.assertAccessible();
        browser.followLink("Training matrix");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Training matrix");
        assertThat(browser.texts(By.cssSelector(".coverage-table th[scope=row]"))).contains("Staff culture and development", "Receptionist");
        browser.assertAccessible();

        // Receptionists with something overdue.
        new Select(browser.find(By.id("matrix:role-filter"))).selectByVisibleText("Receptionist");
        new Select(browser.find(By.id("matrix:status-filter"))).selectByVisibleText("Overdue");
        show();
        List<WebElement> rows = browser.findAll(By.cssSelector("#matrix\\:staff_data tr"));
        assertThat(rows).isNotEmpty();
        for (WebElement row : rows) {
            assertThat(row.findElements(By.tagName("td")).get(1).getText()).isEqualTo("Receptionist");
            assertThat(row.getText()).contains("Overdue");
        }
        browser.assertAccessible();

        // Then one person by name.
        browser.find(By.id("matrix:search")).sendKeys(overdueName);
        show();
        assertThat(browser.texts(By.cssSelector("#matrix\\:staff_data tr td:first-child"))).containsExactly(overdueName);
        assertThat(browser.text(By.cssSelector("#matrix\\:staff_data tr"))).contains("Overdue", "Not started");
        browser.assertAccessible();

        // The CSV of what is shown, fetched as the link would download it (with the browser's session).
        String csvLink = browser.find(By.id("download-csv")).getAttribute("href");
        assertThat(csvLink).contains("format=csv", "role=receptionist", "status=overdue");
        String csv = fetch(csvLink);
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
        setValue(By.id("session:held-on"), LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        new Select(browser.find(By.id("session:topic"))).selectByVisibleText("Apps for long-term conditions");
        browser.find(By.id("session:topic-text")).sendKeys(topic);
        new Select(browser.find(By.id("session:condition"))).selectByVisibleText("Asthma");
        browser.find(By.id("session:attendees")).sendKeys("12");
        browser.find(By.id("session:sign-ups")).sendKeys("7");
        browser.find(By.cssSelector("input[type=checkbox][value=PPG_CHAMPIONS]")).sendKeys(Keys.SPACE);
        browser.find(By.id("session:record")).sendKeys(Keys.ENTER);
        browser.waitUntilSettled();
        waitForText(By.cssSelector("#session .notice--ok"), "Session recorded");
        assertThat(browser.texts(By.cssSelector("#sessions-list\\:sessions_data td"))).anyMatch(t -> t.contains(topic));
        browser.assertAccessible();

        // An uptake figure with an evidence file.
        browser.followLink("Uptake figures");
        browser.assertAccessible();
        Path evidence = Files.createTempDirectory("academy-evidence-").resolve("online-access-report.png");
        Files.write(evidence, ("\u0089PNG\r\n\u001a\n" + "not really an image beyond its signature").getBytes(StandardCharsets.ISO_8859_1));
        setValue(By.id("figure:month"), YearMonth.now(ZoneOffset.UTC).toString());
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

    private void show() {
        browser.find(By.id("matrix:show")).click();
        browser.waitUntilSettled();
    }

    private void waitForText(By by, String text) {
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Date and month inputs take their value the way the browser's picker would set it. */
    private void setValue(By field, String value) {
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                browser.find(field), value);
    }

    private String fetch(String url) {
        Object text = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('failed: ' + e));", url);
        return String.valueOf(text).replace("\uFEFF", "");
    }

    private void signIn(String email) {
        browser.open(home.resolve(SignInSession.SIGN_IN_PAGE));
        browser.find(By.cssSelector("input[id$=email]")).sendKeys(email);
        browser.find(By.cssSelector("input[id$=password]")).sendKeys(DemoAccounts.PASSWORD);
        browser.navigate(() -> browser.find(By.cssSelector("input[id$=password]")).sendKeys(Keys.ENTER));
    }
}
