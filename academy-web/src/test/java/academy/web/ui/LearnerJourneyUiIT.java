package academy.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import academy.practice.JobRole;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.TestPeople;
import academy.web.learning.QuizKey;

/**
 * A receptionist takes a required module end to end in a real browser, by keyboard: sign in, open
 * My learning, start the module, read every lesson, fail the quiz once and read the feedback,
 * pass, find the completion on My learning and download its certificate. axe-core checks every
 * page on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearnerJourneyUiIT {

    static final String MODULE = "online-access-registration";
    static final String PASSWORD = "quiet harbour lantern 42";

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
    void aReceptionistCompletesARequiredModuleAndDownloadsItsCertificate() {
        QuizKey key = QuizKey.of(MODULE);
        String email = TestPeople.person("Robin Reception", PASSWORD);
        TestPeople.member(email, TestPeople.practice(), JobRole.RECEPTIONIST);

        signIn(email);
        assertThat(browser.text(By.tagName("h1"))).startsWith("Hello");
        browser.assertAccessible();

        pressEnterOn(By.id("my-learning"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("My learning");
        assertThat(browser.text(By.cssSelector("tr[data-module='" + MODULE + "']"))).contains("Not started");
        assertThat(browser.text(By.cssSelector("section[aria-labelledby='history-title']"))).contains("not completed a module yet");
        browser.assertAccessible();

        pressEnterOn(By.cssSelector("tr[data-module='" + MODULE + "'] a"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(key.title());
        browser.assertAccessible();

        pressEnterOn(By.id("learn:start"));
        for (int n = 1; n <= key.lessonCount(); n++) {
            assertThat(browser.text(By.id("progress-text"))).isEqualTo((n - 1) + " of " + key.lessonCount() + " lessons read");
            browser.assertAccessible();
            pressEnterOn(By.id("reading:mark-read"));
        }
        assertThat(browser.text(By.id("lessons-read"))).isEqualTo(key.lessonCount() + " of " + key.lessonCount() + " lessons read");
        assertThat(browser.texts(By.cssSelector(".lesson-list .read-mark"))).hasSize(key.lessonCount());
        browser.assertAccessible();

        pressEnterOn(By.id("learn:quiz"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Quiz");
        browser.assertAccessible();
        answer(key, false);
        pressEnterOn(By.id("quiz:submit"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("You did not pass this time");
        assertThat(browser.text(By.id("try-again"))).contains("2 attempts left");
        assertThat(browser.texts(By.cssSelector(".feedback__verdict"))).isNotEmpty().allMatch(v -> v.equals("Not right"));
        assertThat(browser.texts(By.cssSelector(".feedback__answers--right li"))).isNotEmpty();
        browser.assertAccessible();

        pressEnterOn(By.id("back-to-module"));
        pressEnterOn(By.id("learn:quiz"));
        answer(key, true);
        pressEnterOn(By.id("quiz:submit"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("You passed the quiz");
        assertThat(browser.text(By.id("completed"))).contains("Module complete").contains(key.title());
        assertThat(browser.find(By.linkText("Download certificate (PDF)")).getAttribute("href"))
                .matches(".*/api/v1/certificates/completions/\\d+");
        browser.assertAccessible();

        pressEnterOn(By.linkText("Back to My learning"));
        assertThat(browser.text(By.cssSelector("tr[data-module='" + MODULE + "']"))).contains("Complete");
        List<WebElement> history = browser.findAll(By.cssSelector("#history tbody tr"));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).getText()).contains(key.title()).contains("100%");
        String certificate = history.get(0).findElement(By.tagName("a")).getAttribute("href");
        assertThat(certificate).matches(".*/api/v1/certificates/completions/\\d+");
        browser.assertAccessible();

        // The download, as the browser fetches it with the learner's session: a signed PDF in their name.
        assertThat(downloadedText(certificate)).contains("Robin Reception").contains(key.title());
    }

    /** Fetches {@code href} inside the browser (its cookies, its session); returns the PDF's text after checking it is signed. */
    private String downloadedText(String href) {
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) page.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'})"
                + ".then(r => r.arrayBuffer().then(buffer => {"
                + "  const bytes = new Uint8Array(buffer); let text = '';"
                + "  for (let i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }"
                + "  done([r.status, r.headers.get('content-type') || '', btoa(text)]);"
                + "})).catch(e => done([0, String(e), '']));", href);
        assertThat(((Number) answer.get(0)).intValue()).as("status of " + href).isEqualTo(200);
        assertThat((String) answer.get(1)).startsWith("application/pdf");
        byte[] pdf = Base64.getDecoder().decode((String) answer.get(2));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getSignatureDictionaries()).as("the certificate is signed").isNotEmpty();
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException unreadable) {
            throw new AssertionError("the downloaded certificate is not a readable PDF", unreadable);
        }
    }

    /** Chooses every right answer, or one wrong answer per question, with the space bar. */
    private void answer(QuizKey key, boolean right) {
        for (WebElement fieldset : browser.findAll(By.cssSelector("#quiz fieldset"))) {
            String question = (String) browser.script("return arguments[0].querySelector('legend').firstChild.textContent.trim();",
                    fieldset);
            Set<String> rightAnswers = key.rightAnswers(question);
            for (WebElement option : fieldset.findElements(By.cssSelector(".quiz__option"))) {
                String label = option.findElement(By.tagName("label")).getText().strip();
                if (rightAnswers.contains(label) == right) {
                    option.findElement(By.tagName("input")).sendKeys(Keys.SPACE);
                    if (!right) {
                        break;
                    }
                }
            }
        }
    }

    private void pressEnterOn(By target) {
        WebElement element = browser.find(target);
        browser.navigate(() -> element.sendKeys(Keys.ENTER));
    }

    private void signIn(String email) {
        browser.open(home.resolve(SignInSession.SIGN_IN_PAGE));
        browser.assertAccessible();
        browser.find(By.cssSelector("input[id$=email]")).sendKeys(email);
        browser.find(By.cssSelector("input[id$=password]")).sendKeys(PASSWORD);
        browser.navigate(() -> browser.find(By.cssSelector("input[id$=password]")).sendKeys(Keys.ENTER));
    }
}
