package academy.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;

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

/**
 * A visitor searches the public register by keyboard alone: from the top of the page to the search
 * field, a name, Enter; a search that matches nothing says so plainly; clearing shows every
 * accredited practice again. An administrator opens the region's dashboard with its charts and
 * tables. axe-core checks every page and state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterUiIT {

    private static final int MAX_TABS = 40;

    @ArquillianResource
    URL deployed;

    private URI home;
    private Browser browser;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
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
    void aVisitorSearchesTheRegisterByKeyboard() {
        browser.open(home.resolve("index.xhtml"));
        browser.assertAccessible();
        browser.follow(By.linkText("Accredited practices"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Register of accredited digital practices");
        assertThat(table()).contains("Accredited practices, by name").containsPattern("1 to \\d+ of \\d+ practices");
        browser.assertAccessible();

        WebElement search = tabTo("register:text");
        assertThat(browser.focusIsVisible()).isTrue();
        search.sendKeys("millbrook");
        browser.press(Keys.ENTER);
        browser.waitUntilSettled();
        // The demo kite marks have their signed certificates: each entry links to its verification page.
        assertThat(table()).contains("Millbrook Health Centre", "Y09003", "Millbrook", "Foundation", "Check")
                .doesNotContain("Castle Street", "certificate not issued yet");
        browser.assertAccessible();

        WebElement again = browser.find(By.id("register:text"));
        again.clear();
        again.sendKeys("No such surgery anywhere");
        browser.press(Keys.ENTER);
        browser.waitUntilSettled();
        assertThat(table()).contains("No accredited practice matches your search");
        browser.assertAccessible();

        WebElement code = browser.find(By.id("register:text"));
        code.clear();
        code.sendKeys("Y0900");
        browser.press(Keys.ENTER);
        browser.waitUntilSettled();
        // Of the demo region, Kingsmead lapsed, Harbour View was revoked and Westgate is in review: none is listed.
        assertThat(table()).contains("Millbrook Health Centre", "Castle Street Practice", "Orchard Lane Surgery",
                "1 to 3 of 3 practices").doesNotContain("Harbour View", "Kingsmead", "Westgate");

        tabTo("register:clear");
        browser.press(Keys.ENTER);
        browser.waitUntilSettled();
        assertThat(table()).containsPattern("1 to \\d+ of \\d+ practices");
        assertThat(browser.find(By.id("register:text")).getDomProperty("value")).isEmpty();

        String check = browser.find(By.cssSelector("a[aria-label='Check the certificate of Millbrook Health Centre']"))
                .getDomAttribute("href");
        assertThat(check).contains("/verify/");
        browser.open(home.resolve(check));
        assertThat(browser.text(By.tagName("main"))).contains("Millbrook Health Centre", "Y09003", "Foundation", "Valid");
        browser.assertAccessible();
    }

    @Test
    void anAdministratorSeesTheRegionsFiguresAsChartsAndTables() {
        browser.open(home.resolve(SignInSession.SIGN_IN_PAGE));
        browser.find(By.cssSelector("input[id$=email]")).sendKeys(DemoAccounts.ADMIN);
        browser.find(By.cssSelector("input[id$=password]")).sendKeys(DemoAccounts.PASSWORD);
        browser.navigate(() -> browser.find(By.cssSelector("input[id$=password]")).sendKeys(Keys.ENTER));
        browser.open(home.resolve("admin/practices.xhtml"));
        browser.follow(By.linkText("Kite marks in the region"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Kite marks in the region");
        assertThat(browser.isPresent(By.cssSelector("#levels-chart canvas"))).isTrue();
        assertThat(browser.text(By.id("levels-table"))).contains("Practices holding each level in force");
        assertThat(browser.text(By.id("flight-table"))).contains("Waiting for an assessor", "In review");
        assertThat(browser.text(By.id("missed-table"))).contains("Practices missing it");
        browser.assertAccessible();
    }

    private String table() {
        return browser.text(By.id("register:table"));
    }

    /** Presses Tab from where the focus is until the element with this id has it. */
    private WebElement tabTo(String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement focused = browser.tab();
            if (id.equals(focused.getDomAttribute("id"))) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached #" + id);
    }
}
