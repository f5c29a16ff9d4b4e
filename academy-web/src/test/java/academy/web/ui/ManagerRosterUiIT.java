package academy.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import academy.practice.JobRole;
import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.TestPeople;
import academy.web.TestPeople.TestPractice;
import academy.web.practice.RosterData;

/**
 * A practice manager and an administrator at work in a real browser, by keyboard: changing a
 * member's job role in the dialog (and finding it still changed after reloading the page), a
 * member leaving a practice after confirming, an assessor's home page, and an administrator
 * finding a practice and opening its roster, the people and the audit trail.
 * axe-core checks every page and the open dialog. Approving a PPG applicant is part of the PPG
 * member's whole journey in {@link PpgJoinJourneyUiIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManagerRosterUiIT {

    private static final String OWN_PASSWORD = "saffron-kettle-orbit-walrus-63";

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
    void aManagerChangesAMembersJobRoleByKeyboardAndItStays() throws SQLException {
        String name = "Rhys Mover " + UUID.randomUUID().toString().substring(0, 6);
        long membership = RosterData.member(RosterData.practiceId(DemoAccounts.PRACTICE_A), name,
                RosterData.uniqueEmail("ui-mover"), "RECEPTIONIST");
        signIn(DemoAccounts.MANAGER_A);
        browser.followLink("My practice");
        findMember(name);

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

        browser.open(home.resolve("practice/roster.xhtml"));
        findMember(name);
        assertThat(browser.text(By.cssSelector("#roster\\:members tbody tr"))).contains(name, "Pharmacist");
    }

    @Test
    void anAdministratorFindsAPracticeAndOpensItsRoster() {
        signIn(DemoAccounts.ADMIN);

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

        browser.open(home.resolve("admin/people.xhtml"));
        browser.assertAccessible();
        browser.open(home.resolve("admin/audit.xhtml?action=signin."));
        assertThat(browser.texts(By.cssSelector("#audit\\:table tbody td"))).anyMatch(t -> t.startsWith("signin."));
        browser.assertAccessible();
    }

    @Test
    void aMemberLeavesAPracticeByKeyboardAfterConfirmingAndAnAssessorSeesWhatTheyMayNotAssess() throws SQLException {
        TestPractice practice = TestPeople.practice();
        String member = TestPeople.person("Lou Leaver", OWN_PASSWORD);
        TestPeople.member(member, practice, JobRole.RECEPTIONIST);
        signIn(member, OWN_PASSWORD);
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
        browser.follow(By.cssSelector(".site-account__signout button"));

        String assessor = TestPeople.person("Ash Assessor", OWN_PASSWORD);
        TestPeople.systemRole(assessor, "ASSESSOR");
        TestPeople.member(assessor, practice, JobRole.GP);
        signIn(assessor, OWN_PASSWORD);
        assertThat(browser.text(By.id("assessing"))).contains("queue of applications to assess");
        assertThat(browser.texts(By.cssSelector("#conflicts td"))).contains("You belong to it now");
        browser.assertAccessible();
    }

    private void findMember(String name) {
        browser.find(By.id("roster:search")).sendKeys(name);
        browser.find(By.id("roster:find-members")).sendKeys(Keys.ENTER);
        browser.waitUntilSettled();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#roster\\:members tbody tr"), 1));
    }

    private void signIn(String email) {
        signIn(email, DemoAccounts.PASSWORD);
    }

    /** Signs in through the sign-in page by keyboard (the fields' ids end in email and password). */
    private void signIn(String email, String password) {
        browser.open(home.resolve(SignInSession.SIGN_IN_PAGE));
        browser.assertAccessible();
        browser.find(By.cssSelector("input[id$=email]")).sendKeys(email);
        browser.find(By.cssSelector("input[id$=password]")).sendKeys(password);
        browser.navigate(() -> browser.find(By.cssSelector("input[id$=password]")).sendKeys(Keys.ENTER));
    }
}
