package academy.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import academy.practice.JobRole;
import academy.web.Deployments;
import academy.web.FacesSession;
import academy.web.Http;
import academy.web.TestPeople;
import academy.web.TestPeople.TestPractice;

/**
 * A patient joins their practice's patient participation group in a real browser: the join code,
 * the confirmation mail (read from GreenMail), signing in and seeing that the practice manager
 * still has to approve them. Also the pages people meet when a link no longer works or a page is
 * not theirs. Every page visited is checked with axe-core.
 *
 * <p>The journey stops at "waiting for approval": the manager's roster page, where approval
 * happens, is built separately and gets its own journey.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PpgJoinJourneyUiIT {

    private static final int SMTP_PORT = Integer.parseInt(System.getProperty("academy.it.smtp.port", "3025"));

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    private static final String PASSWORD = "willow-barge-cinder-tulip-58";

    private static TestPractice practice;

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
    void aPatientRegistersWithTheJoinCodeConfirmsByMailAndWaitsForApproval() throws Exception {
        String email = TestPeople.newEmail();
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

        browser.open(new FacesSession(home).resolve(linkIn(mailTo(email, "Please confirm your email address"),
                "/account/confirm-email-address.xhtml")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Confirm your email address");
        browser.assertAccessible();
        browser.follow(By.id("confirm:submit"));
        assertThat(browser.text(By.cssSelector("main"))).contains("your email address is confirmed");
        browser.assertAccessible();

        browser.follow(By.cssSelector("main a.button"));
        browser.find(By.id("signin:email")).sendKeys(email);
        browser.find(By.id("signin:password")).sendKeys("short-" + PASSWORD);
        browser.follow(By.id("signin:submit"));
        assertThat(browser.currentUri().getPath()).isEqualTo("/home.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hello, Iris Patient");
        assertThat(browser.text(By.cssSelector("main"))).contains(practice.name(),
                "waiting for the practice manager to approve you");
        assertThat(browser.text(By.cssSelector(".site-account"))).contains("Iris Patient", "Sign out");
        browser.assertAccessible();

        browser.followLink("Your account");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Your account");
        browser.assertAccessible();

        browser.follow(By.cssSelector(".site-account__signout button"));
        assertThat(browser.isPresent(By.linkText("Sign in"))).isTrue();
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

    private static String mailTo(String recipient, String subject) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                boolean toThem = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
                if (toThem && message.getSubject().startsWith(subject)) {
                    return message.getContent().toString();
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail \"" + subject + "\" to " + recipient + " within 60 s");
    }

    private static String linkIn(String body, String path) {
        Matcher link = Pattern.compile("https?://\\S+" + Pattern.quote(path) + "\\?token=\\S+").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group();
    }
}
