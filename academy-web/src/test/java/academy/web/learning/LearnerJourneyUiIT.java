package academy.web.learning;

import static academy.web.Mailbox.linkIn;
import static academy.web.Mailbox.mailTo;
import static academy.web.ui.BrowserExtension.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import academy.practice.JobRole;
import academy.web.Deployments;
import academy.web.FacesSession;
import academy.web.Mailbox;
import academy.web.TestPeople.TestPractice;
import academy.web.TestPeople;
import academy.web.catalogue.CatalogueContent;
import academy.web.ui.Browser;
import academy.web.ui.BrowserExtension;

/**
 * Learners in a real browser, by keyboard, in one deployment. A receptionist takes a required
 * module end to end: sign in, open My learning, start the module, read every lesson, fail the quiz
 * once and read the feedback, pass, find the completion on My learning and download its
 * certificate. A patient joins the practice's patient participation group (PPG): the join code on
 * the join page, the confirmation mail (read from GreenMail), signing in while the practice manager
 * has still to approve them, the manager approving them on the roster by keyboard (with the
 * confirmation dialog), and the patient signing in again to find the PPG training on their home
 * page (the modules of the PPG learning path in content/paths). A receptionist records training
 * done elsewhere with its certificate, the manager approves it, and the module is complete. Also
 * the pages people meet when a link no longer works or a page is not theirs. axe-core checks every page on the way.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class LearnerJourneyUiIT {

    static final String MODULE = "online-access-registration";
    private static final String LEARNER_PASSWORD = "quiet harbour lantern 42";
    private static final String PPG_PASSWORD = "willow-barge-cinder-tulip-58";

    private static TestPractice practice;
    private static String manager;

    @ArquillianResource
    URL deployed;

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @BeforeAll
    static void data() {
        TestPeople.forgetSignInAttempts();
        practice = TestPeople.practice();
        manager = TestPeople.person("Priya Manager", PPG_PASSWORD);
        TestPeople.member(manager, practice, JobRole.PRACTICE_MANAGER);
    }

    @Test
    void aReceptionistCompletesARequiredModuleAndDownloadsItsCertificate(Browser browser) {
        QuizKey key = QuizKey.of(MODULE);
        String email = TestPeople.person("Robin Reception", LEARNER_PASSWORD);
        TestPeople.member(email, TestPeople.practice(), JobRole.RECEPTIONIST);

        signIn(browser, email, LEARNER_PASSWORD);
        assertThat(browser.text(By.tagName("h1"))).startsWith("Hello");
        browser.assertAccessible();

        pressEnterOn(browser, By.id("my-learning"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("My learning");
        assertThat(statusOf(browser, key.title())).isEqualTo("Not started");
        assertThat(browser.text(By.id("no-history"))).contains("not completed a module yet");
        browser.assertAccessible();

        pressEnterOn(browser, taskLink(key.title()));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(key.title());
        browser.assertAccessible();

        pressEnterOn(browser, By.id("learn:start"));
        for (int n = 1; n <= key.lessonCount(); n++) {
            assertThat(browser.text(By.id("progress-text"))).isEqualTo((n - 1) + " of " + key.lessonCount() + " lessons read");
            if (n > 1) {
                assertThat(successBanner(browser)).as("reading lesson %d was confirmed", n - 1).contains("Lesson marked as read");
            }
            assertThat(browser.findAll(By.cssSelector("main .nhsuk-button:not(.nhsuk-button--secondary)")))
                    .as("one main action on lesson %d", n).hasSize(1);
            browser.assertAccessible();
            pressEnterOn(browser, By.id("reading:mark-read"));
        }
        assertThat(successBanner(browser)).as("the last lesson's reading confirmed on the module page").contains("Lesson marked as read");
        assertThat(browser.text(By.id("lessons-read"))).isEqualTo(key.lessonCount() + " of " + key.lessonCount() + " lessons read");
        assertThat(browser.texts(By.cssSelector("#lessons li .nhsuk-tag"))).hasSize(key.lessonCount()).allMatch("Read"::equals);
        assertThat(browser.find(By.id("learn:quiz")).getDomAttribute("class")).as("the quiz is now the main action")
                .doesNotContain("nhsuk-button--secondary");
        browser.assertAccessible();

        pressEnterOn(browser, By.id("learn:quiz"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Quiz");
        browser.assertAccessible();
        // The first question right, every other one wrong: still a fail, and the result must put the wrong ones first.
        List<String> questions = answer(browser, key, question -> question == 0);
        pressEnterOn(browser, By.id("quiz:submit"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("You did not pass this time");
        assertThat(browser.text(By.id("try-again"))).contains("2 attempts left");
        assertThat(browser.texts(By.cssSelector("#wrong-answers .nhsuk-card__heading")))
                .as("the wrong answers, in quiz order").isEqualTo(questions.subList(1, questions.size()));
        assertThat(browser.texts(By.cssSelector("#right-answers .nhsuk-card__heading"))).containsExactly(questions.get(0));
        assertThat(browser.isPresent(By.xpath("//*[@id='wrong-answers']/following::*[@id='right-answers']")))
                .as("wrong answers come before right ones").isTrue();
        assertThat(browser.texts(By.cssSelector("#wrong-answers .feedback-verdict"))).allMatch("Not right"::equals);
        assertThat(browser.texts(By.cssSelector("#wrong-answers .right-answers li"))).isNotEmpty();
        assertThat(browser.isPresent(By.xpath("//*[@id='right-answers']/following::*[@id='next-step']")))
                .as("the page ends with the next step").isTrue();
        assertThat(browser.text(By.id("next-step"))).isEqualTo("Back to the module");
        browser.assertAccessible();

        pressEnterOn(browser, By.id("back-to-module"));
        pressEnterOn(browser, By.id("learn:quiz"));
        answer(browser, key, question -> true);
        pressEnterOn(browser, By.id("quiz:submit"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("You passed the quiz");
        assertThat(browser.text(By.id("completed"))).contains("Module complete").contains(key.title());
        assertThat(browser.find(By.linkText("Download certificate (PDF)")).getAttribute("href"))
                .matches(".*/api/v1/certificates/completions/\\d+");
        assertThat(browser.isPresent(By.id("wrong-answers"))).isFalse();
        assertThat(browser.find(By.cssSelector("#next-step .nhsuk-button")).getText())
                .as("ends with the next module or My learning").matches("Next: .+|Back to My learning");
        browser.assertAccessible();

        pressEnterOn(browser, By.linkText("Back to My learning"));
        assertThat(statusOf(browser, key.title())).isEqualTo("Complete");
        List<WebElement> history = browser.findAll(By.cssSelector("#history tbody tr"));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).getText()).contains(key.title()).contains("100%");
        String certificate = history.get(0).findElement(By.tagName("a")).getAttribute("href");
        assertThat(certificate).matches(".*/api/v1/certificates/completions/\\d+");
        browser.assertAccessible();

        pressEnterOn(browser, taskLink(key.title()));
        WebElement again = browser.find(By.id("learn:quiz"));
        assertThat(again.getDomProperty("value")).isEqualTo("Take the quiz again");
        assertThat(again.getDomAttribute("class")).as("taking a passed quiz again is secondary").contains("nhsuk-button--secondary");
        browser.assertAccessible();

        // The download, as the browser fetches it with the learner's session: a signed PDF in their name.
        assertThat(downloadedText(browser, certificate)).contains("Robin Reception").contains(key.title());
    }

    /** Fetches {@code href} inside the browser (its cookies, its session); returns the PDF's text after checking it is signed. */
    private String downloadedText(Browser browser, String href) {
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

    /**
     * Answers every question with the space bar: every right answer where {@code rightly} holds for
     * the question's position, else one wrong answer. Returns the questions in the order shown.
     */
    private List<String> answer(Browser browser, QuizKey key, IntPredicate rightly) {
        List<String> questions = new ArrayList<>();
        for (WebElement fieldset : browser.findAll(By.cssSelector("#quiz fieldset"))) {
            String question = fieldset.findElement(By.tagName("legend")).getText().strip();
            boolean right = rightly.test(questions.size());
            questions.add(question);
            Set<String> rightAnswers = key.rightAnswers(question);
            for (WebElement option : fieldset.findElements(By.cssSelector(".nhsuk-radios__item, .nhsuk-checkboxes__item"))) {
                String label = option.findElement(By.tagName("label")).getText().strip();
                if (rightAnswers.contains(label) == right) {
                    option.findElement(By.tagName("input")).sendKeys(Keys.SPACE);
                    if (!right) {
                        break;
                    }
                }
            }
        }
        return questions;
    }

    /** The link of a module in My learning's task lists (the first, when it is also due). */
    private static By taskLink(String title) {
        return By.xpath("//a[contains(@class,'nhsuk-task-list__link')][normalize-space()=" + xpathText(title) + "]");
    }

    /** The status tag of a module in its learning path on My learning. */
    private static String statusOf(Browser browser, String title) {
        return browser.find(By.xpath("(//li[contains(@class,'nhsuk-task-list__item')][.//a[normalize-space()=" + xpathText(title)
                + "]])[last()]//*[contains(@class,'nhsuk-tag')]")).getText().strip();
    }

    private static String xpathText(String text) {
        return text.contains("'") ? "concat('" + text.replace("'", "',\"'\",'") + "')" : "'" + text + "'";
    }

    private static String successBanner(Browser browser) {
        return browser.isPresent(By.cssSelector(".nhsuk-notification-banner--success"))
                ? browser.text(By.cssSelector(".nhsuk-notification-banner--success")) : "";
    }

    private void pressEnterOn(Browser browser, By target) {
        WebElement element = browser.find(target);
        browser.navigate(() -> element.sendKeys(Keys.ENTER));
    }

    @Test
    void aReceptionistRecordsTrainingDoneElsewhereWithItsCertificateTheManagerApprovesItAndTheModuleIsComplete(
            Browser browser, Browser managerBrowser) throws IOException {
        QuizKey key = QuizKey.of(MODULE);
        String email = TestPeople.person("Rowan Elsewhere", LEARNER_PASSWORD);
        TestPeople.member(email, practice, JobRole.RECEPTIONIST);
        Path certificate = Files.createTempFile("certificate", ".pdf");
        Files.write(certificate, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        LocalDate done = LocalDate.now(ZoneId.of("Europe/London")).minusDays(12);

        signIn(browser, email, LEARNER_PASSWORD);
        browser.open(browser.home().resolve("learning/my-learning.xhtml"));
        assertThat(statusOf(browser, key.title())).isEqualTo("Not started");
        pressEnterOn(browser, By.id("training-elsewhere"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Training done elsewhere");
        assertThat(browser.text(By.id("no-records"))).contains("not recorded any training");
        browser.assertAccessible();

        browser.find(By.id("record:provider")).sendKeys("e-Learning for Healthcare");
        browser.find(By.id("record:title")).sendKeys("Registering patients for online services");
        browser.find(By.id("record:completed-on-day")).sendKeys(Integer.toString(done.getDayOfMonth()));
        browser.find(By.id("record:completed-on-month")).sendKeys(Integer.toString(done.getMonthValue()));
        browser.find(By.id("record:completed-on-year")).sendKeys(Integer.toString(done.getYear()));
        new Select(browser.find(By.id("record:module"))).selectByVisibleText(key.title());
        browser.find(By.id("record:certificate")).sendKeys(certificate.toAbsolutePath().toString());
        pressEnterOn(browser, By.id("record:save"));
        assertThat(successBanner(browser)).contains("Recorded: \"Registering patients for online services\"")
                .contains("counts as completing \"" + key.title() + "\"");
        assertThat(browser.text(By.id("records"))).contains("Waiting for your manager", key.title(), "Certificate");
        browser.assertAccessible();

        signIn(managerBrowser, manager, PPG_PASSWORD);
        assertThat(managerBrowser.text(By.tagName("main"))).contains("1 training record to check");
        managerBrowser.follow(By.partialLinkText("training record to check"));
        assertThat(managerBrowser.text(By.tagName("h1"))).isEqualTo("Training done elsewhere");
        assertThat(managerBrowser.text(By.id("claims"))).contains("Rowan Elsewhere", "Registering patients for online services",
                key.title(), "Certificate");
        managerBrowser.assertAccessible();
        managerBrowser.navigate(() -> managerBrowser.find(By.cssSelector(
                "[aria-label='Approve Registering patients for online services for Rowan Elsewhere']")).sendKeys(Keys.ENTER));
        assertThat(managerBrowser.text(By.id("confirmation-question"))).contains("count as completing \"" + key.title() + "\"");
        managerBrowser.assertAccessible();
        managerBrowser.navigate(() -> managerBrowser.find(By.id("deciding:confirm-yes")).sendKeys(Keys.ENTER));
        assertThat(successBanner(managerBrowser)).contains("Approved: \"Registering patients for online services\" for Rowan"
                + " Elsewhere. It now counts as completing \"" + key.title() + "\"");
        assertThat(managerBrowser.text(By.id("no-claims"))).contains("Nothing is waiting");
        managerBrowser.assertAccessible();

        browser.open(browser.home().resolve("learning/my-learning.xhtml"));
        assertThat(statusOf(browser, key.title())).isEqualTo("Complete");
        assertThat(browser.text(By.id("history"))).contains(key.title(), "Done elsewhere");
        browser.assertAccessible();
        browser.open(browser.home().resolve("learning/training-elsewhere.xhtml"));
        assertThat(browser.text(By.id("records"))).contains("Approved", "Counts as completing \"" + key.title() + "\"");
        browser.assertAccessible();
        Files.deleteIfExists(certificate);
    }

    @Test
    void aPatientJoinsWithTheCodeIsApprovedByTheManagerAndFindsThePpgTraining(Browser browser) throws Exception {
        String email = TestPeople.newEmail();
        String password = "short-" + PPG_PASSWORD;
        browser.open(browser.home());
        browser.followLink("Sign in");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sign in");
        browser.assertAccessible();

        browser.follow(By.partialLinkText("Register here"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Join your practice's patient participation group");
        browser.assertAccessible();

        browser.find(By.id("join:code")).sendKeys(practice.joinCode());
        browser.find(By.id("join:name")).sendKeys("Iris Patient");
        browser.find(By.id("join:email")).sendKeys(email);
        browser.find(By.id("join:password")).sendKeys("short");
        waitForFeedback(browser, "at least 12 characters");
        browser.find(By.id("join:password")).sendKeys("-" + PPG_PASSWORD);
        waitForFeedback(browser, "strong enough");
        browser.assertAccessible();
        browser.follow(By.id("join:submit"));
        assertThat(browser.text(By.cssSelector("main"))).contains("Please check your email", "practice manager");
        browser.assertAccessible();

        browser.open(new FacesSession(browser.home()).resolve(linkIn(mailTo(MAIL, email, "Please confirm your email address"),
                "/account/confirm-email-address.xhtml")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Confirm your email address");
        browser.assertAccessible();
        browser.follow(By.id("confirm:submit"));
        assertThat(browser.text(By.cssSelector("main"))).contains("your email address is confirmed");
        browser.assertAccessible();

        browser.follow(By.id("next"));
        signIn(browser, email, password);
        assertThat(browser.currentUri().getPath()).isEqualTo("/home.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hello, Iris Patient");
        assertThat(browser.text(By.cssSelector("main"))).contains(practice.name(),
                "waiting for the practice manager to approve you").doesNotContain("Your training");
        assertThat(browser.text(By.cssSelector(".nhsuk-header__account"))).contains("Iris Patient", "Sign out");
        browser.assertAccessible();
        signOut(browser);

        signIn(browser, manager, PPG_PASSWORD);
        browser.followLink("My practice");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(practice.name());
        browser.assertAccessible();
        // Approving asks first, on the roster itself (no dialog), then approves.
        browser.navigate(() -> browser.find(By.cssSelector("[aria-label='Approve Iris Patient']")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.id("roster:confirmation"))).contains("Approve Iris Patient");
        browser.assertAccessible();
        browser.navigate(() -> browser.find(By.id("roster:confirm-yes")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.cssSelector(".nhsuk-notification-banner"))).contains("Iris Patient is now a PPG member");
        assertThat(browser.texts(By.cssSelector("#roster\\:members tbody td"))).contains("Iris Patient", "PPG member");
        browser.assertAccessible();
        signOut(browser);

        assertThat(mailTo(MAIL, email, "Welcome to " + practice.name())).contains("approved you");
        signIn(browser, email, password);
        assertThat(browser.text(By.cssSelector("main"))).contains(practice.name(), "PPG member", "Your training")
                .doesNotContain("waiting for the practice manager");
        assertThat(browser.texts(By.cssSelector("main .nhsuk-task-list a")))
                .as("the PPG learning path's modules, in order").containsSubsequence(ppgPathTitles());
        browser.assertAccessible();

        browser.followLink(ppgPathTitles().get(0));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(ppgPathTitles().get(0));
        assertThat(browser.text(By.tagName("main")).toLowerCase()).as("a PPG member is never told about a job role")
                .doesNotContain("job role");
        browser.assertAccessible();

        browser.open(browser.home().resolve("learning/my-learning.xhtml"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("My learning");
        assertThat(statusOf(browser, ppgPathTitles().get(0))).isEqualTo("Not started");
        assertThat(browser.text(By.tagName("main")).toLowerCase()).as("a PPG member is never told about a job role")
                .doesNotContain("job role");
        browser.assertAccessible();

        browser.open(browser.home().resolve("home.xhtml"));
        browser.followLink("Your account");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Your account");
        browser.assertAccessible();
        signOut(browser);
        browser.open(browser.home().resolve("home.xhtml"));
        assertThat(browser.currentUri().getPath()).as("signed out: back to the sign-in page").isEqualTo("/signin.xhtml");
    }

    @Test
    void deadLinksAndPagesThatAreNotYoursAreExplainedPlainly(Browser browser) {
        browser.open(browser.home().resolve("account/reset-password.xhtml?token=no-such-link"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("This link has expired or was already used");
        browser.assertAccessible();

        browser.open(browser.home().resolve("account/forgot-password.xhtml"));
        browser.assertAccessible();
        browser.find(By.id("forgot:email")).sendKeys(TestPeople.newEmail());
        browser.follow(By.id("forgot:submit"));
        assertThat(browser.text(By.cssSelector("main"))).contains("If an account exists for that address");
        browser.assertAccessible();

        String email = TestPeople.person("Jo Receptionist", PPG_PASSWORD);
        TestPeople.member(email, practice, JobRole.RECEPTIONIST);
        browser.open(browser.home().resolve("signin.xhtml"));
        browser.find(By.id("signin:email")).sendKeys(email);
        browser.find(By.id("signin:password")).sendKeys("wrong-" + PPG_PASSWORD);
        browser.follow(By.id("signin:submit"));
        assertThat(browser.text(By.cssSelector(".nhsuk-error-summary"))).contains("There is a problem", "do not match an account");
        browser.assertAccessible();
        browser.find(By.id("signin:password")).sendKeys(PPG_PASSWORD);
        browser.follow(By.id("signin:submit"));
        assertThat(browser.text(By.cssSelector("main"))).contains("Your training");
        browser.assertAccessible();

        browser.open(browser.home().resolve("admin/practices.xhtml"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("This page is not available to you");
        browser.assertAccessible();
    }

    private void waitForFeedback(Browser browser, String words) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .withMessage(() -> "the password feedback never said \"" + words + "\"")
                .until(d -> d.findElement(By.id("password-feedback")).getText().contains(words));
    }

    private void signOut(Browser browser) {
        browser.follow(By.cssSelector(".nhsuk-header__account-form button"));
        assertThat(browser.isPresent(By.linkText("Sign in"))).isTrue();
    }

    /** The titles of the modules the PPG members' learning path requires, as the content files say. */
    private static List<String> ppgPathTitles() {
        CatalogueContent content = CatalogueContent.loaded();
        return content.tree().paths().stream().filter(p -> p.roles().contains(JobRole.PPG_MEMBER))
                .flatMap(p -> p.moduleSlugs().stream()).map(slug -> content.module(slug).title()).toList();
    }
}
