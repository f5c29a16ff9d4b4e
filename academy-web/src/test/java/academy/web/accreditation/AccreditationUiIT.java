package academy.web.accreditation;

import static academy.web.ui.BrowserExtension.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import academy.practice.JobRole;
import academy.web.accreditation.AssessmentData.TestPractice;
import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.TestPeople;
import academy.web.ui.Browser;
import academy.web.ui.BrowserExtension;

/**
 * The kite-mark pages in a real browser, by keyboard, with axe-core on every page, in one
 * deployment: a manager reads the practice's readiness (what to do next, why "Apply" is not offered)
 * and opens an evidence form to give evidence; the whole assessment (apply, more evidence asked for
 * and given, condition fields only for an award with conditions, award); an assessor revokes after
 * confirming on the page and the manager, from an old address, appeals; the public register searched by a visitor, and the region's figures for an
 * administrator.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class AccreditationUiIT {

    private static final int MAX_TABS = 40;
    private static final String READINESS_CRITERION = "#criterion-equipment-up-to-date";
    private static final String JOURNEY_PASSWORD = "assessment-journey-2026!";
    private static final String WIFI = "#criterion-" + AssessmentData.WIFI;

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @Test
    void aManagerSeesWhatIsMissingAndGivesEvidence(Browser browser) {
        signIn(browser, DemoAccounts.MANAGER_A);

        // Riverside is the manager's only practice: the readiness tab opens on it.
        browser.open(browser.home().resolve("accreditation/readiness.xhtml"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Kite mark");
        assertThat(browser.text(By.tagName("main"))).contains("Riverside Medical Centre");
        assertThat(browser.texts(By.cssSelector("a[aria-current=page]"))).contains("Readiness");
        assertThat(browser.isPresent(By.linkText("Application"))).isTrue();
        assertThat(browser.isPresent(By.linkText("Award and certificate"))).isTrue();
        assertThat(browser.texts(By.cssSelector("section[id^=level-] h2"))).containsExactly("Foundation", "Established",
                "Exemplar");
        // What to do next: at most three steps, each leading to its criterion further down the page.
        assertThat(browser.findAll(By.cssSelector("#next-steps li a"))).isNotEmpty().hasSizeLessThanOrEqualTo(3)
                .allMatch(a -> a.getDomAttribute("href").startsWith("#criterion-"));
        // The demo practice has a mix: some criteria met, some not, evidence awaited and evidence with the assessor.
        assertThat(browser.texts(By.cssSelector("li[id^=criterion-] .nhsuk-tag"))).contains("Complete", "Not started",
                "In progress");
        browser.assertAccessible();

        // Riverside misses criteria checked from its records: no "Apply", and the reason names them.
        assertThat(browser.isPresent(By.cssSelector("input[value^='Apply for']"))).isFalse();
        assertThat(browser.text(By.id("cannot-apply-foundation"))).startsWith("You cannot apply yet:")
                .contains("Front-desk team can register patients for online services");
        assertThat(browser.isPresent(By.id("application-title"))).isFalse();

        // Evidence forms stay closed until opened; met criteria checked from the records have none.
        WebElement statementField = browser.find(By.cssSelector(READINESS_CRITERION + " textarea"));
        assertThat(statementField.isDisplayed()).isFalse();
        assertThat(browser.findAll(By.cssSelector("li[id^=criterion-] details"))).hasSizeLessThan(
                browser.findAll(By.cssSelector("li[id^=criterion-]")).size());
        browser.find(By.cssSelector(READINESS_CRITERION + " summary")).sendKeys(Keys.ENTER);
        assertThat(statementField.isDisplayed()).isTrue();

        // A link that is not a web address is refused with a message; nothing changes, and the form stays open.
        statementField.sendKeys("Our equipment list with ages and a plan.");
        browser.find(By.cssSelector(READINESS_CRITERION + " input[type=url]")).sendKeys("javascript:alert(1)");
        browser.navigate(() -> browser.find(By.cssSelector(READINESS_CRITERION + " input[type=submit]")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.cssSelector(".nhsuk-error-summary"))).contains("must be a web address");
        assertThat(browser.find(By.cssSelector(READINESS_CRITERION + " textarea")).isDisplayed()).isTrue();
        browser.assertAccessible();

        String statement = "Equipment list " + UUID.randomUUID().toString().substring(0, 6)
                + ": every PC is under four years old; two are replaced in the spring.";
        browser.find(By.cssSelector(READINESS_CRITERION + " textarea")).clear();
        browser.find(By.cssSelector(READINESS_CRITERION + " textarea")).sendKeys(statement);
        browser.find(By.cssSelector(READINESS_CRITERION + " input[type=url]")).clear();
        browser.find(By.cssSelector(READINESS_CRITERION + " input[type=url]")).sendKeys("https://riverside.example/equipment");
        browser.navigate(() -> browser.find(By.cssSelector(READINESS_CRITERION + " input[type=submit]")).sendKeys(Keys.ENTER));

        assertThat(browser.text(By.cssSelector(".nhsuk-notification-banner"))).contains("Your evidence for \u201cEquipment kept up to date\u201d is saved");
        assertThat(browser.text(By.cssSelector(READINESS_CRITERION + " .nhsuk-tag"))).isEqualTo("In progress");
        browser.find(By.cssSelector(READINESS_CRITERION + " summary")).sendKeys(Keys.ENTER);
        assertThat(browser.text(By.cssSelector(READINESS_CRITERION))).contains(statement);
        browser.assertAccessible();
    }

    @Test
    void theManagerAppliesTheAssessorAsksForMoreTheManagerAnswersAndTheAssessorAwards(Browser manager, Browser assessor,
            @TempDir Path folder) throws SQLException, IOException {
        URI home = manager.home();
        TestPractice practice = AssessmentData.readyPractice(false);
        String managerEmail = TestPeople.person("Morgan Manager", JOURNEY_PASSWORD);
        TestPeople.member(managerEmail, practice.asTestPeoplePractice(), JobRole.PRACTICE_MANAGER);
        String assessorEmail = TestPeople.person("Ash Assessor", JOURNEY_PASSWORD);
        TestPeople.systemRole(assessorEmail, "ASSESSOR");

        // A small real PDF, chosen in the file field as a person would from their computer.
        Path survey = Files.write(folder.resolve("wifi-survey-may.pdf"), ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>"
                + " endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        signIn(manager, managerEmail, JOURNEY_PASSWORD);
        manager.open(home.resolve("accreditation/readiness.xhtml?practice=" + practice.id()));
        manager.assertAccessible();
        manager.find(By.cssSelector(WIFI + " summary")).sendKeys(Keys.ENTER);
        manager.find(By.cssSelector(WIFI + " textarea")).sendKeys("Our IT partner surveyed every room in May.");
        manager.find(By.cssSelector(WIFI + " input[type=file]")).sendKeys(survey.toAbsolutePath().toString());
        manager.navigate(() -> manager.find(By.cssSelector(WIFI + " input[type=submit]")).sendKeys(Keys.ENTER));
        assertThat(manager.text(By.cssSelector(".nhsuk-notification-banner"))).contains("is saved, with the file wifi-survey-may.pdf");
        assertThat(manager.find(By.cssSelector(WIFI + " .evidence-file")).getDomProperty("textContent")).contains("wifi-survey-may.pdf");
        manager.assertAccessible();
        // Every criterion checked from the records is met: "Apply" is offered, with no reason against it.
        assertThat(manager.isPresent(By.id("cannot-apply-foundation"))).isFalse();
        manager.navigate(() -> manager.find(By.cssSelector("input[value='Apply for Foundation']")).sendKeys(Keys.ENTER));
        assertThat(manager.text(By.cssSelector(".nhsuk-notification-banner"))).contains("is submitted");
        // With the application at the assessors, no level offers "Apply"; each says why.
        assertThat(manager.isPresent(By.cssSelector("input[value^='Apply for']"))).isFalse();
        assertThat(manager.text(By.id("cannot-apply-established"))).contains("while your application for Foundation is with the assessors");
        manager.assertAccessible();
        long applicationId = AssessmentData.number("SELECT id FROM accreditation_application WHERE practice_id = ?", practice.id());

        signIn(assessor, assessorEmail, JOURNEY_PASSWORD);
        assessor.followLink("Assessment");
        assessor.assertAccessible();
        assessor.open(home.resolve("assessment/queue.xhtml?q=" + practice.ods()));
        assessor.navigate(() -> assessor.find(By.cssSelector("input[value=Take]")).sendKeys(Keys.ENTER));
        assertThat(assessor.text(By.cssSelector(".nhsuk-notification-banner"))).contains("You have taken the application");
        assessor.assertAccessible();
        assessor.follow(By.linkText(practice.name() + " (" + practice.ods() + ")"));
        assertThat(assessor.text(By.cssSelector(WIFI + " .evidence-file"))).contains("wifi-survey-may.pdf");
        // Criteria the records met when the practice applied need no judgement: no text box, no Accept or Request.
        assertThat(assessor.findAll(By.cssSelector("#already-met li"))).isNotEmpty();
        assertThat(assessor.findAll(By.cssSelector("#already-met input, #already-met textarea"))).isEmpty();
        assessor.assertAccessible();
        WebElement request = assessor.find(By.cssSelector(WIFI + " textarea"));
        assertThat(request.isDisplayed()).as("the request is closed until opened").isFalse();
        assessor.find(By.cssSelector(WIFI + " summary")).sendKeys(Keys.ENTER);
        request.sendKeys("Please add the survey of the upstairs rooms.");
        assessor.navigate(() -> assessor.find(By.cssSelector(WIFI + " input[value='Request more evidence']")).sendKeys(Keys.ENTER));
        assertThat(assessor.text(By.id("application-status"))).isEqualTo("More evidence requested");
        assessor.assertAccessible();

        // The manager comes back to the browser where they are still signed in.
        manager.open(home.resolve("accreditation/readiness.xhtml?practice=" + practice.id()));
        manager.followLink("Follow your application and answer the assessor");
        assertThat(manager.text(By.cssSelector(WIFI))).contains("Please add the survey of the upstairs rooms.");
        manager.assertAccessible();
        manager.find(By.cssSelector(WIFI + " textarea")).sendKeys("The upstairs survey is added to the report.");
        manager.find(By.cssSelector(WIFI + " input[type=url]")).sendKeys("https://example.org/wifi-upstairs");
        manager.navigate(() -> manager.find(By.cssSelector(WIFI + " input[type=submit]")).sendKeys(Keys.ENTER));
        assertThat(manager.text(By.cssSelector(".nhsuk-notification-banner"))).contains("Your answer is sent");
        assertThat(manager.text(By.id("application-status"))).isEqualTo("In review");
        manager.assertAccessible();

        // So does the assessor.
        assessor.open(home.resolve("assessment/review.xhtml?application=" + applicationId));
        for (String slug : AssessmentData.strings("SELECT criterion_slug FROM accreditation_application_criterion"
                + " WHERE application_id = ? AND status <> 'MET' ORDER BY position", applicationId)) {
            assessor.navigate(() -> assessor.find(By.cssSelector("#criterion-" + slug + " input[value=Accept]")).sendKeys(Keys.ENTER));
            assertThat(assessor.text(By.cssSelector(".nhsuk-notification-banner"))).contains("Criterion accepted");
        }
        assessor.assertAccessible();
        // The condition fields belong to "Award with conditions" alone: they come and go with that choice.
        WebElement firstCondition = assessor.find(By.cssSelector("input[id$=condition]"));
        assertThat(firstCondition.isDisplayed()).isFalse();
        assessor.find(By.cssSelector("input[type=radio][value=AWARD_WITH_CONDITIONS]")).sendKeys(Keys.SPACE);
        assertThat(firstCondition.isDisplayed()).isTrue();
        assessor.assertAccessible();
        assessor.find(By.cssSelector("input[type=radio][value=AWARD]")).sendKeys(Keys.SPACE);
        assertThat(firstCondition.isDisplayed()).isFalse();
        assessor.find(By.cssSelector("textarea[id$=reasons]")).sendKeys("Every criterion is met and the wifi survey is complete.");
        assessor.navigate(() -> assessor.find(By.cssSelector("input[value='Record the decision']")).sendKeys(Keys.ENTER));
        assertThat(assessor.text(By.cssSelector(".nhsuk-notification-banner"))).contains("Your decision is recorded");
        assertThat(assessor.text(By.id("application-status"))).isEqualTo("Awarded");
        assessor.assertAccessible();
        assertThat(AssessmentData.status(applicationId)).isEqualTo("AWARDED");
        assertThat(AssessmentData.number("SELECT COUNT(*) FROM kitemark_award WHERE application_id = ?", applicationId)).isEqualTo(1);
    }

    @Test
    void anAssessorRevokesAfterConfirmingAndTheManagerAppeals(Browser browser) throws Exception {
        long practice;
        String manager;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (AwardData data = new AwardData()) {
            long decider = data.assessor("Decider");
            practice = data.practice("Browser Surgery");
            manager = data.member(practice, "PRACTICE_MANAGER");
            data.award(practice, decider, today.minusMonths(2), today.plusMonths(22), "", today.plusDays(45));
        }

        signIn(browser, DemoAccounts.ASSESSOR);
        browser.open(browser.home().resolve("accreditation/kite-mark.xhtml?practice=" + practice));
        assertThat(browser.text(By.id("award-status"))).isEqualTo("Current");
        assertThat(browser.text(By.id("conditions"))).contains("Condition 1").contains("Open");
        browser.assertAccessible();

        browser.find(By.id("kitemark:reason")).sendKeys("The practice's wifi survey was copied from another practice.");
        browser.navigate(() -> browser.find(By.id("kitemark:revoke")).sendKeys(Keys.ENTER));
        // Nothing changes until the assessor confirms, on the page itself.
        assertThat(browser.text(By.tagName("main"))).contains("Revoke this kite mark?");
        assertThat(browser.text(By.id("award-status"))).isEqualTo("Current");
        browser.assertAccessible();
        browser.navigate(() -> browser.find(By.id("kitemark:keep")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.id("award-status"))).isEqualTo("Current");
        assertThat(browser.isPresent(By.id("kitemark:confirm-revoke"))).isFalse();

        browser.navigate(() -> browser.find(By.id("kitemark:revoke")).sendKeys(Keys.ENTER));
        browser.navigate(() -> browser.find(By.id("kitemark:confirm-revoke")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.cssSelector(".nhsuk-notification-banner"))).contains("is revoked");
        assertThat(browser.text(By.id("award-status"))).isEqualTo("Revoked");
        browser.assertAccessible();
        signOut(browser);

        // The manager's old bookmark, with the old spelling, still leads to the award tab.
        signIn(browser, manager);
        browser.open(browser.home().resolve("accreditation/kitemark.xhtml"));
        assertThat(browser.currentUri().getPath()).endsWith("/accreditation/kite-mark.xhtml");
        assertThat(browser.texts(By.cssSelector("a[aria-current=page]"))).contains("Award and certificate");
        assertThat(browser.text(By.id("award-status"))).isEqualTo("Revoked");
        assertThat(browser.text(By.tagName("main"))).contains("The practice's wifi survey was copied from another practice.")
                .contains("You can appeal the revocation until");
        browser.assertAccessible();
        browser.find(By.id("kitemark:grounds")).sendKeys("The survey is our own: our engineer's report and invoice are attached.");
        browser.navigate(() -> browser.find(By.id("kitemark:appeal-revocation")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.cssSelector(".nhsuk-notification-banner"))).contains("Your appeal (revocation of the kite mark) is lodged");
        assertThat(browser.text(By.id("appeals"))).contains("Waiting for an assessor");
        browser.assertAccessible();

        browser.followLink("Timeline");
        assertThat(browser.texts(By.cssSelector("#timeline .timeline-step"))).containsExactly("Revoked", "Appeal lodged");
        browser.assertAccessible();
    }

    @Test
    void aVisitorSearchesTheRegisterByKeyboard(Browser browser) {
        browser.open(browser.home().resolve("index.xhtml"));
        browser.assertAccessible();
        browser.follow(By.linkText("Accredited practices"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Register of accredited digital practices");
        // No pager ("1 to 4 of 4 practices") while the whole register fits on one page.
        assertThat(table(browser)).contains("Accredited practices, by name");
        browser.assertAccessible();

        WebElement search = tabTo(browser, "register:text");
        assertThat(browser.focusIsVisible()).isTrue();
        search.sendKeys("millbrook");
        browser.press(Keys.ENTER);
        browser.waitUntilSettled();
        // The demo kite marks have their signed certificates: each entry links to its verification page.
        assertThat(table(browser)).contains("Millbrook Health Centre", "Y09003", "Millbrook", "Foundation", "Check")
                .doesNotContain("Castle Street", "certificate not issued yet");
        browser.assertAccessible();

        WebElement again = browser.find(By.id("register:text"));
        again.clear();
        again.sendKeys("No such surgery anywhere");
        browser.press(Keys.ENTER);
        browser.waitUntilSettled();
        assertThat(table(browser)).contains("No accredited practice matches your search");
        browser.assertAccessible();

        WebElement code = browser.find(By.id("register:text"));
        code.clear();
        code.sendKeys("Y0900");
        browser.press(Keys.ENTER);
        browser.waitUntilSettled();
        // Of the demo region, Kingsmead lapsed, Harbour View was revoked and Westgate is in review: none is listed.
        // One page of results: no pager.
        assertThat(table(browser)).contains("Millbrook Health Centre", "Castle Street Practice", "Orchard Lane Surgery")
                .doesNotContain("Harbour View", "Kingsmead", "Westgate").doesNotContainPattern("\\d+ to \\d+ of \\d+ practices");

        tabTo(browser, "register:clear");
        browser.press(Keys.ENTER);
        browser.waitUntilSettled();
        assertThat(table(browser)).contains("Millbrook Health Centre", "Castle Street Practice", "Orchard Lane Surgery");
        assertThat(browser.find(By.id("register:text")).getDomProperty("value")).isEmpty();

        String check = browser.find(By.cssSelector("a[aria-label='Check the certificate of Millbrook Health Centre']"))
                .getDomAttribute("href");
        assertThat(check).contains("/verify/");
        browser.open(browser.home().resolve(check));
        assertThat(browser.text(By.tagName("main"))).contains("Millbrook Health Centre", "Y09003", "Foundation", "Valid");
        browser.assertAccessible();
    }

    @Test
    void anAdministratorSeesTheRegionsFiguresAsChartsAndTables(Browser browser) {
        signIn(browser, DemoAccounts.ADMIN);
        browser.open(browser.home().resolve("admin/practices.xhtml"));
        browser.follow(By.linkText("Kite marks in the region"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Kite marks in the region");
        assertThat(browser.isPresent(By.cssSelector("#levels-chart canvas"))).isTrue();
        assertThat(browser.text(By.id("levels-table"))).contains("Practices holding each level in force");
        assertThat(browser.text(By.id("flight-table"))).contains("Waiting for an assessor", "In review");
        assertThat(browser.text(By.id("missed-table"))).contains("Practices missing it");
        browser.assertAccessible();
    }

    private static void signOut(Browser browser) {
        browser.driver().manage().deleteAllCookies();
    }

    private static String table(Browser browser) {
        return browser.text(By.id("register:table"));
    }

    /** Presses Tab from where the focus is until the element with this id has it. */
    private static WebElement tabTo(Browser browser, String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement focused = browser.tab();
            if (id.equals(focused.getDomAttribute("id"))) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached #" + id);
    }
}
