package academy.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.Map;

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

import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.certificate.AwardFixture;
import academy.web.certificate.AwardFixtureServlet;

/**
 * Riverside's manager in a real browser, once the practice holds the kite mark (granted through the
 * test-only award fixture): opens "Kite mark" from the practice's menu, sees the badge drawn, copies
 * the embed snippet by keyboard and follows the link to the public verification page. axe-core
 * checks each page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KiteMarkUiIT {

    @ArquillianResource
    URL deployed;

    private URI home;
    private Browser browser;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy().addClasses(AwardFixture.class, AwardFixtureServlet.class);
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
    void theManagerSeesTheKiteMarkItsBadgeAndItsPublicCheck() throws Exception {
        long riverside = practiceId();
        SignInSession.Response granted = new SignInSession(home).post("test-fixtures/awards/grant",
                Map.of("practice", Long.toString(riverside), "rank", "1"));
        assertThat(granted.status()).isEqualTo(200);
        String awardSerial = granted.body().strip().split(" ")[1];

        browser.open(home.resolve(SignInSession.SIGN_IN_PAGE));
        browser.find(By.cssSelector("input[id$=email]")).sendKeys(DemoAccounts.MANAGER_A);
        browser.find(By.cssSelector("input[id$=password]")).sendKeys(DemoAccounts.PASSWORD);
        browser.navigate(() -> browser.find(By.cssSelector("input[id$=password]")).sendKeys(Keys.ENTER));
        browser.followLink("My practice");
        browser.followLink("Kite mark");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Your kite mark");
        browser.assertAccessible();

        WebElement section = browser.findAll(By.cssSelector("section.certificate-record")).stream()
                .filter(s -> s.findElement(By.tagName("h2")).getText().contains(awardSerial)).findFirst().orElseThrow();
        WebElement badge = section.findElement(By.cssSelector("img.award-badge"));
        assertThat(((Number) browser.script("return arguments[0].naturalWidth;", badge)).intValue())
                .as("the badge image loads and is drawn").isEqualTo(320);
        assertThat(badge.getAttribute("alt")).contains("Valid until");
        WebElement snippet = section.findElement(By.cssSelector("textarea.embed-snippet"));
        snippet.click();
        assertThat(browser.focused()).isEqualTo(snippet);
        assertThat(snippet.getAttribute("value")).contains("/verify/" + awardSerial, "/api/v1/badges/" + awardSerial, "alt=\"");

        browser.navigate(() -> section.findElement(By.cssSelector("a.award-verify")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.id("certificate-status"))).contains("Status: Valid");
        assertThat(browser.text(By.id("award-status"))).contains("Kite mark " + awardSerial + ": Current");
        browser.assertAccessible();
    }

    private static long practiceId() throws java.sql.SQLException {
        try (var db = academy.web.TestDatabase.connect();
             var query = db.prepareStatement("SELECT id FROM practice WHERE ods_code = ?")) {
            query.setString(1, DemoAccounts.PRACTICE_A);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
