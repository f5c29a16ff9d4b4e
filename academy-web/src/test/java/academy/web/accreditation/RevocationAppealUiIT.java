package academy.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.ui.Browser;

/**
 * In a real browser, by keyboard: an assessor revokes a practice's kite mark (first going back from
 * the confirmation, then confirming), and the practice's manager reads the revocation on "Our kite
 * mark", appeals with grounds, and finds every step on the timeline. axe-core checks every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RevocationAppealUiIT {

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
    void anAssessorRevokesAfterConfirmingAndTheManagerAppeals() throws Exception {
        long practice;
        String manager;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (AwardData data = new AwardData()) {
            long decider = data.assessor("Decider");
            practice = data.practice("Browser Surgery");
            manager = data.member(practice, "PRACTICE_MANAGER");
            data.award(practice, decider, today.minusMonths(2), today.plusMonths(22), "", today.plusDays(45));
        }

        signIn(DemoAccounts.ASSESSOR);
        browser.open(home.resolve("accreditation/kite-mark.xhtml?practice=" + practice));
        assertThat(browser.text(By.id("award-status"))).isEqualTo("Current");
        assertThat(browser.text(By.id("conditions"))).contains("Condition 1").contains("Open");
        browser.assertAccessible();

        browser.find(By.id("kitemark:reason")).sendKeys("The practice's wifi survey was copied from another practice.");
        browser.find(By.id("kitemark:revoke")).sendKeys(Keys.ENTER);
        waitForDialog();
        assertThat(browser.text(By.cssSelector(".ui-confirm-dialog"))).contains("Revoke this kite mark?");
        browser.assertAccessible();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertThat(browser.text(By.id("award-status"))).isEqualTo("Current");

        browser.find(By.id("kitemark:revoke")).sendKeys(Keys.ENTER);
        waitForDialog();
        browser.navigate(() -> browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.className("messages"))).contains("is revoked");
        assertThat(browser.text(By.id("award-status"))).isEqualTo("Revoked");
        browser.assertAccessible();
        signOut();

        signIn(manager);
        browser.followLink("Our kite mark");
        assertThat(browser.text(By.id("award-status"))).isEqualTo("Revoked");
        assertThat(browser.text(By.tagName("main"))).contains("The practice's wifi survey was copied from another practice.")
                .contains("You can appeal the revocation until");
        browser.assertAccessible();
        browser.find(By.id("kitemark:grounds")).sendKeys("The survey is our own: our engineer's report and invoice are attached.");
        browser.navigate(() -> browser.find(By.id("kitemark:appeal-revocation")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.className("messages"))).contains("Your appeal (revocation of the kite mark) is lodged");
        assertThat(browser.text(By.id("appeals"))).contains("Waiting for an assessor");
        browser.assertAccessible();

        browser.follow(By.linkText("Timeline of every accreditation step"));
        assertThat(browser.texts(By.cssSelector("#timeline tbody th"))).containsExactly("Revoked", "Appeal lodged");
        browser.assertAccessible();
    }

    private void waitForDialog() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
    }

    private void signIn(String email) {
        browser.open(home.resolve(SignInSession.SIGN_IN_PAGE));
        browser.find(By.cssSelector("input[id$=email]")).sendKeys(email);
        browser.find(By.cssSelector("input[id$=password]")).sendKeys(DemoAccounts.PASSWORD);
        browser.navigate(() -> browser.find(By.cssSelector("input[id$=password]")).sendKeys(Keys.ENTER));
    }

    private void signOut() {
        browser.driver().manage().deleteAllCookies();
    }
}
