package academy.web.ui;

import static academy.web.Mailbox.linkIn;
import static academy.web.Mailbox.mailTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import academy.practice.JobRole;
import academy.web.Deployments;
import academy.web.FacesSession;
import academy.web.Http;
import academy.web.Mailbox;
import academy.web.TestPeople;
import academy.web.TestPeople.TestPractice;

/**
 * A patient joins their practice's patient participation group in a real browser, from end to end:
 * the join code on the join page, the confirmation mail (read from GreenMail), signing in while the
 * practice manager has still to approve them, the manager approving them on the roster by
 * keyboard (with the confirmation dialog), and the patient signing in again to find the PPG
 * training on their home page (the modules of the PPG learning path in content/paths). Also the
 * pages people meet when a link no longer works or a page is not theirs. Every page visited is
 * checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PpgJoinJourneyUiIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    private static final String PASSWORD = "willow-barge-cinder-tulip-58";

    private static TestPractice practice;
    private static String manager;

    @ArquillianResource
    URL deployed;

    private URI home;
    private Browser browser;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @BeforeAll
    static void data() {
        TestPeople.forgetSignInAttempts();
        practice = TestPeople.practice();
        manager = TestPeople.person("Priya Manager", PASSWORD);
        TestPeople.member(manager, practice, JobRole.PRACTICE_MANAGER);
    }

    @BeforeEach
    void startBrowser() {
        home = new Http(deployed).application();
        browser = Browser.headless();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPatientJoinsWithTheCodeIsApprovedByTheManagerAndFindsThePpgTraining() throws Exception {
        String email = TestPeople.newEmail();
        String password = "short-" + PASSWORD;
        browser.open(home);
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
        waitForFeedback("at least 12 characters");
        browser.find(By.id("join:password")).sendKeys("-" + PASSWORD);
        waitForFeedback("strong enough");
        browser.assertAccessible();
        browser.follow(By.id("join:submit"));
        assertThat(browser.text(By.cssSelector("main"))).contains("Please check your email", "practice manager");
        browser.assertAccessible();

        browser.open(new FacesSession(home).resolve(linkIn(mailTo(MAIL, email, "Please confirm your email address"),
                "/account/confirm-email-address.xhtml")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Confirm your email address");
        browser.assertAccessible();
        browser.follow(By.id("confirm:submit"));
        assertThat(browser.text(By.cssSelector("main"))).contains("your email address is confirmed");
        browser.assertAccessible();

        browser.follow(By.cssSelector("main a.button"));
        signIn(email, password);
        assertThat(browser.currentUri().getPath()).isEqualTo("/home.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hello, Iris Patient");
        assertThat(browser.text(By.cssSelector("main"))).contains(practice.name(),
                "waiting for the practice manager to approve you").doesNotContain("Your training");
        assertThat(browser.text(By.cssSelector(".site-account"))).contains("Iris Patient", "Sign out");
        browser.assertAccessible();
        signOut();

        browser.open(home.resolve("signin.xhtml"));
        signIn(manager, PASSWORD);
        browser.followLink("My practice");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(practice.name());
        browser.assertAccessible();
        browser.find(By.cssSelector("button[aria-label='Approve Iris Patient']")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertThat(browser.text(By.cssSelector(".ui-confirm-dialog"))).contains("Approve Iris Patient");
        browser.assertAccessible();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).sendKeys(Keys.ENTER);
        browser.waitUntilSettled();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("roster:messages"), "Iris Patient is now a PPG member"));
        assertThat(browser.texts(By.cssSelector("#roster\\:members tbody td"))).contains("Iris Patient", "PPG member");
        browser.assertAccessible();
        signOut();

        assertThat(mailTo(MAIL, email, "Welcome to " + practice.name())).contains("approved you");
        browser.open(home.resolve("signin.xhtml"));
        signIn(email, password);
        assertThat(browser.text(By.cssSelector("main"))).contains(practice.name(), "PPG member", "Your training")
                .doesNotContain("waiting for the practice manager");
        assertThat(browser.texts(By.cssSelector("main .card-list .card__title a")))
                .as("the PPG learning path's modules, in order").containsSubsequence(ppgPathTitles());
        browser.assertAccessible();

        browser.followLink(ppgPathTitles().get(0));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(ppgPathTitles().get(0));
        browser.assertAccessible();

        browser.open(home.resolve("home.xhtml"));
        browser.followLink("Your account");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Your account");
        browser.assertAccessible();
        signOut();
        browser.open(home.resolve("home.xhtml"));
        assertThat(browser.currentUri().getPath()).as("signed out: back to the sign-in page").isEqualTo("/signin.xhtml");
    }

    @Test
    void deadLinksAndPagesThatAreNotYoursAreExplainedPlainly() {
        browser.open(home.resolve("account/reset-password.xhtml?token=no-such-link"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("This link has expired or was already used");
        browser.assertAccessible();

        browser.open(home.resolve("account/forgot-password.xhtml"));
        browser.assertAccessible();
        browser.find(By.id("forgot:email")).sendKeys(TestPeople.newEmail());
        browser.follow(By.id("forgot:submit"));
        assertThat(browser.text(By.cssSelector("main"))).contains("If an account exists for that address");
        browser.assertAccessible();

        String email = TestPeople.person("Jo Receptionist", PASSWORD);
        TestPeople.member(email, practice, JobRole.RECEPTIONIST);
        browser.open(home.resolve("signin.xhtml"));
        browser.find(By.id("signin:email")).sendKeys(email);
        browser.find(By.id("signin:password")).sendKeys("wrong-" + PASSWORD);
        browser.follow(By.id("signin:submit"));
        assertThat(browser.text(By.cssSelector(".messages"))).contains("do not match an account");
        browser.assertAccessible();
        browser.find(By.id("signin:password")).sendKeys(PASSWORD);
        browser.follow(By.id("signin:submit"));
        assertThat(browser.text(By.cssSelector("main"))).contains("Your training");
        browser.assertAccessible();

        browser.open(home.resolve("admin/practices.xhtml"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("This page is not available to you");
        browser.assertAccessible();
    }

    private void waitForFeedback(String words) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .withMessage(() -> "the password feedback never said \"" + words + "\"")
                .until(d -> d.findElement(By.id("password-feedback")).getText().contains(words));
    }

    private void signIn(String email, String password) {
        browser.find(By.id("signin:email")).sendKeys(email);
        browser.find(By.id("signin:password")).sendKeys(password);
        browser.follow(By.id("signin:submit"));
    }

    private void signOut() {
        browser.follow(By.cssSelector(".site-account__signout button"));
        assertThat(browser.isPresent(By.linkText("Sign in"))).isTrue();
    }

    /** The titles of the modules the PPG members' learning path requires, as the content files say. */
    private static List<String> ppgPathTitles() {
        CatalogueContent content = CatalogueContent.loaded();
        return content.tree().paths().stream().filter(p -> p.roles().contains(JobRole.PPG_MEMBER))
                .flatMap(p -> p.moduleSlugs().stream()).map(slug -> content.module(slug).title()).toList();
    }
}
