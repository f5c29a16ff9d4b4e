package academy.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
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

import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;

/**
 * A practice manager reads the practice's kite-mark readiness and gives evidence, by keyboard, in a
 * real browser: levels, criteria by area with their status and what is missing, links that help,
 * and an evidence statement that moves a criterion to "Awaiting assessor". axe-core checks each page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadinessUiIT {

    private static final String CRITERION = "#criterion-equipment-up-to-date";

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
    void aManagerSeesWhatIsMissingAndGivesEvidence() {
        signIn(DemoAccounts.MANAGER_A);

        browser.followLink("Kite-mark readiness");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Riverside Medical Centre");
        assertThat(browser.texts(By.cssSelector(".readiness-levels tbody th"))).containsExactly("Foundation", "Established",
                "Exemplar");
        assertThat(browser.texts(By.cssSelector(".readiness-area h2"))).containsExactly("Technological infrastructure",
                "Staff culture and development", "Patient upskilling");
        // The demo practice has a mix: some criteria met, some not, evidence given and evidence awaited.
        assertThat(browser.texts(By.cssSelector(".criterion .criterion-status"))).contains("Met", "Not met", "Awaiting evidence",
                "Awaiting assessor");
        assertThat(browser.text(By.cssSelector("#criterion-wifi-survey"))).contains("Awaiting assessor")
                .contains("Our IT partner surveyed every room");
        assertThat(browser.texts(By.cssSelector(".criterion--not-met .criterion__gap")))
                .isNotEmpty().allMatch(gap -> gap.startsWith("What is missing: "));
        assertThat(browser.findAll(By.cssSelector(".criterion--not-met .criterion__help a"))).isNotEmpty();
        browser.assertAccessible();

        // Riverside misses criteria checked from its records: applying says which, and changes nothing.
        browser.navigate(() -> browser.find(By.cssSelector("input[value='Apply for Foundation']")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.cssSelector(".notice--error"))).startsWith("You cannot apply for Foundation yet:")
                .contains("“Helping patients register for online services”");
        assertThat(browser.isPresent(By.id("application-title"))).isFalse();
        browser.assertAccessible();

        // A link that is not a web address is refused with a message; nothing changes.
        browser.find(By.cssSelector(CRITERION + " textarea")).sendKeys("Our equipment list with ages and a plan.");
        browser.find(By.cssSelector(CRITERION + " input[type=url]")).sendKeys("javascript:alert(1)");
        browser.navigate(() -> browser.find(By.cssSelector(CRITERION + " input[type=submit], " + CRITERION + " button"))
                .sendKeys(Keys.ENTER));
        assertThat(browser.text(By.cssSelector(".notice--error"))).contains("must be a web address");
        browser.assertAccessible();

        String statement = "Equipment list " + UUID.randomUUID().toString().substring(0, 6)
                + ": every PC is under four years old; two are replaced in the spring.";
        browser.find(By.cssSelector(CRITERION + " textarea")).clear();
        browser.find(By.cssSelector(CRITERION + " textarea")).sendKeys(statement);
        browser.find(By.cssSelector(CRITERION + " input[type=url]")).clear();
        browser.find(By.cssSelector(CRITERION + " input[type=url]")).sendKeys("https://riverside.example/equipment");
        browser.navigate(() -> browser.find(By.cssSelector(CRITERION + " input[type=submit], " + CRITERION + " button"))
                .sendKeys(Keys.ENTER));

        assertThat(browser.text(By.cssSelector(".notice--ok"))).contains("Your evidence for \u201cEquipment kept up to date\u201d is saved");
        assertThat(browser.text(By.cssSelector(CRITERION))).contains("Awaiting assessor").contains(statement);
        browser.assertAccessible();
    }

    /** Signs in through the sign-in page by keyboard (the fields' ids end in email and password). */
    private void signIn(String email) {
        browser.open(home.resolve(SignInSession.SIGN_IN_PAGE));
        browser.find(By.cssSelector("input[id$=email]")).sendKeys(email);
        browser.find(By.cssSelector("input[id$=password]")).sendKeys(DemoAccounts.PASSWORD);
        browser.navigate(() -> browser.find(By.cssSelector("input[id$=password]")).sendKeys(Keys.ENTER));
    }
}
