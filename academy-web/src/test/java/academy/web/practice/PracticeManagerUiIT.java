package academy.web.practice;

import static academy.web.ui.BrowserExtension.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import academy.practice.JobRole;
import academy.shared.time.AcademyCalendar;
import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.TestPeople.TestPractice;
import academy.web.TestPeople;
import academy.web.ui.Browser;
import academy.web.ui.BrowserExtension;

/**
 * A practice manager and an administrator at work in a real browser, by keyboard, in one
 * deployment: the manager of Riverside works through the training matrix (filters, search, the
 * CSV), records a patient upskilling session and an uptake figure with an evidence file, and looks
 * at face-to-face training; changes a member's job role in its form on the roster (still changed after
 * reloading); a member leaves a practice after confirming; an assessor's home page; an
 * administrator finds a practice and opens its roster, the people and the audit trail. axe-core
 * checks every page and every state the journeys reach, at desktop and phone widths. Approving a PPG applicant
 * is part of the PPG member's whole journey in {@link academy.web.learning.LearnerJourneyUiIT}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class PracticeManagerUiIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String OWN_PASSWORD = "saffron-kettle-orbit-walrus-63";

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @Test
    void theManagerOfRiversideWorksThroughTheMatrixAndThePracticeRecords(Browser browser) throws Exception {
        long riverside = MatrixData.practiceId(DemoAccounts.PRACTICE_A);
        String overdueName = MatrixData.uniqueName("Ursula Overdue");
        long overdue = MatrixData.staff(riverside, overdueName, "RECEPTIONIST");
        MatrixData.complete(overdue, riverside, "data-security-and-protection",
                Instant.now().atOffset(ZoneOffset.UTC).minusMonths(14).toInstant());

        signIn(browser, DemoAccounts.MANAGER_A);
        browser.followLink("My practice");
        browser.assertAccessible();
        browser.followLink("Training matrix");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Training matrix");
        assertThat(browser.texts(By.cssSelector("#coverage th[scope=row]"))).contains("Staff culture and development", "Receptionist");
        // The legend names every status in words, "Not required" among them, and the cells use the same words.
        assertThat(browser.texts(By.cssSelector("#legend .nhsuk-tag"))).containsExactly("Complete", "Due soon", "Overdue",
                "Refresh needed", "In progress", "Not started", "Not required");
        // (Text as written, whether or not its column is scrolled into view.)
        assertThat(writtenTexts(browser, By.cssSelector("#staff tbody .nhsuk-tag"))).contains("Not required").doesNotContain("–", "");
        // Short column headings, each with the module's full title as its accessible name.
        assertThat(browser.find(By.cssSelector("#staff th[aria-label='Data security and protection for everyone in the practice']"))
                .getText()).isEqualTo("Data security");
        browser.assertAccessible();

        // Receptionists with something overdue: one set of filters, and the address says what is shown.
        new Select(browser.find(By.id("role"))).selectByVisibleText("Receptionist");
        new Select(browser.find(By.id("status"))).selectByVisibleText("Overdue");
        show(browser);
        assertThat(browser.currentUri().getQuery()).contains("role=receptionist", "status=overdue");
        List<WebElement> rows = browser.findAll(By.cssSelector("#staff tbody tr"));
        assertThat(rows).isNotEmpty();
        for (WebElement row : rows) {
            assertThat(row.findElements(By.tagName("td")).get(0).getText()).contains("Receptionist");
            assertThat(row.getAttribute("textContent")).contains("Overdue");
        }
        browser.assertAccessible();

        // Then one person by name.
        browser.find(By.id("q")).sendKeys(overdueName);
        show(browser);
        assertThat(browser.texts(By.cssSelector("#staff tbody th"))).containsExactly(overdueName);
        assertThat(browser.find(By.cssSelector("#staff tbody tr")).getAttribute("textContent")).contains("Overdue", "Not started");
        browser.assertAccessible();

        // The CSV of what is shown, fetched as the link would download it (with the browser's session).
        String csvLink = browser.find(By.id("download-csv")).getAttribute("href");
        assertThat(csvLink).contains("format=csv", "role=receptionist", "status=overdue");
        String csv = fetch(browser, csvLink);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("Name,Email,Job role");
        assertThat(csv).contains(overdueName + ",").contains("Overdue");

        // All of the practice's certificates, one link beside the matrix downloads (the ZIP itself: CertificateIT).
        var certificates = browser.find(By.id("download-certificates"));
        assertThat(certificates.getText()).isEqualTo("Download all certificates (ZIP)");
        assertThat(certificates.getAttribute("href")).matches(".*/api/v1/practices/[0-9]+/certificates\\.zip");

        // A status nobody can have is named, and the whole matrix shown.
        browser.open(browser.home().resolve("practice/matrix.xhtml?practice=" + riverside + "&status=late"));
        assertThat(browser.text(By.cssSelector(".nhsuk-error-summary"))).contains("There is no status \u201clate\u201d");
        assertThat(browser.findAll(By.cssSelector("#staff tbody tr"))).hasSizeGreaterThan(1);

        // A patient upskilling session, its date in the three NHS boxes.
        browser.followLink("Patient upskilling sessions");
        browser.assertAccessible();
        String topic = "Asthma app afternoon " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate yesterday = LocalDate.now(LONDON).minusDays(1);
        browser.find(By.id("session:held-on-day")).sendKeys(Integer.toString(yesterday.getDayOfMonth()));
        browser.find(By.id("session:held-on-month")).sendKeys(Integer.toString(yesterday.getMonthValue()));
        browser.find(By.id("session:held-on-year")).sendKeys(Integer.toString(yesterday.getYear()));
        new Select(browser.find(By.id("session:topic"))).selectByVisibleText("Apps for long-term conditions");
        browser.find(By.id("session:topic-text")).sendKeys(topic);
        new Select(browser.find(By.id("session:condition"))).selectByVisibleText("Asthma");
        browser.find(By.id("session:attendees")).sendKeys("12");
        browser.find(By.id("session:sign-ups")).sendKeys("7");
        browser.find(By.cssSelector("input[type=checkbox][value=PPG_CHAMPIONS]")).sendKeys(Keys.SPACE);
        browser.navigate(() -> browser.find(By.id("session:record")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.cssSelector(".nhsuk-notification-banner"))).contains("Session recorded",
                "on " + AcademyCalendar.day(yesterday));
        assertThat(browser.texts(By.cssSelector("#sessions-list\\:sessions_data td"))).anyMatch(t -> t.contains(topic))
                .anyMatch(t -> t.contains(AcademyCalendar.day(yesterday)));
        browser.assertAccessible();

        // An uptake figure with an evidence file, for a month chosen by its name.
        browser.followLink("Uptake figures");
        browser.assertAccessible();
        Path evidence = Files.createTempDirectory("academy-evidence-").resolve("online-access-report.png");
        Files.write(evidence, ("\u0089PNG\r\n\u001a\n" + "not really an image beyond its signature").getBytes(StandardCharsets.ISO_8859_1));
        YearMonth thisMonth = YearMonth.now(LONDON);
        new Select(browser.find(By.id("figure:month"))).selectByVisibleText(AcademyCalendar.month(thisMonth));
        new Select(browser.find(By.id("figure:measure"))).selectByValue("ONLINE_ACCESS_REGISTERED_PERCENT");
        browser.find(By.id("figure:value")).sendKeys("47.5");
        browser.find(By.id("figure:source")).sendKeys("Clinical system report " + topic);
        browser.find(By.id("figure:evidence")).sendKeys(evidence.toString());
        browser.navigate(() -> browser.find(By.id("figure:record")).click());
        assertThat(browser.text(By.cssSelector(".nhsuk-notification-banner"))).contains("is 47.5%", "online-access-report.png",
                AcademyCalendar.month(thisMonth));
        assertThat(browser.texts(By.cssSelector("#figures-list\\:figures_data a"))).anyMatch(t -> t.contains("online-access-report.png"));
        assertThat(browser.texts(By.cssSelector("#figures-list\\:figures_data td:first-child")))
                .anyMatch(t -> t.contains(AcademyCalendar.month(thisMonth))).noneMatch(t -> t.matches(".*\\d{4}-\\d{2}.*"));
        browser.assertAccessible();

        browser.followLink("Face-to-face training");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Face-to-face training");
        browser.assertAccessible();
    }

    /**
     * The issue's manager journey, by keyboard alone (Tab, typing, Enter): sign in, the overdue
     * count on the home page, the matrix it opens (filtered to overdue), readiness from the
     * practice's menu, an evidence form opened, filled in and saved. Only links' and fields' names
     * are relied on, not the page's layout.
     */
    @Test
    void aManagerGoesFromTheOverdueCountToSavedEvidenceByKeyboardAlone(Browser browser) throws Exception {
        TestPractice practice = TestPeople.practice();
        String manager = TestPeople.person("Kay Board", OWN_PASSWORD);
        TestPeople.member(manager, practice, JobRole.PRACTICE_MANAGER);
        String late = MatrixData.uniqueName("Lola Late");
        MatrixData.complete(MatrixData.staff(practice.id(), late, "RECEPTIONIST"), practice.id(), "data-security-and-protection",
                Instant.now().atOffset(ZoneOffset.UTC).minusMonths(14).toInstant());
        String soon = MatrixData.uniqueName("Sid Soon");
        MatrixData.complete(MatrixData.staff(practice.id(), soon, "RECEPTIONIST"), practice.id(), "data-security-and-protection",
                Instant.now().atOffset(ZoneOffset.UTC).minusMonths(12).plusDays(15).toInstant());

        browser.open(browser.home().resolve("signin.xhtml"));
        tabTo(browser, "the email field", e -> String.valueOf(e.getAttribute("id")).endsWith("email"));
        browser.press(manager);
        tabTo(browser, "the password field", e -> String.valueOf(e.getAttribute("id")).endsWith("password"));
        browser.press(OWN_PASSWORD);
        browser.navigate(() -> browser.press(Keys.ENTER));

        // Home: the practice first, its counts linking to the filtered matrix.
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Hello");
        assertThat(browser.texts(By.cssSelector("main a"))).contains("1 overdue", "1 due soon", "0 waiting for approval");
        assertThat(browser.text(By.cssSelector("main"))).contains("Kite mark: readiness", "Next steps");
        browser.assertAccessible();
        tabTo(browser, "the overdue count", e -> e.getText().strip().equals("1 overdue"));
        browser.navigate(() -> browser.press(Keys.ENTER));

        assertThat(browser.currentUri().getQuery()).contains("status=overdue");
        assertThat(new Select(browser.find(By.id("status"))).getFirstSelectedOption().getText()).isEqualTo("Overdue");
        assertThat(browser.texts(By.cssSelector("#staff tbody th"))).containsExactly(late);
        assertThat(browser.text(By.id("counts"))).contains("1 overdue", "1 due soon");
        browser.assertAccessible();

        tabTo(browser, "Readiness in the practice's menu", e -> e.getText().strip().equals("Readiness"));
        browser.navigate(() -> browser.press(Keys.ENTER));
        browser.assertAccessible();

        // The first evidence form: reached (and opened, if it is closed) through whatever offers it, by
        // Enter on a link to it or on the control that opens it; then a statement, a link, and Save.
        for (int step = 0; ; step++) {
            assertThat(step).as("steps to reach an evidence form").isLessThan(4);
            WebElement reached = tabTo(browser, "an evidence form", e -> isTextArea(e) || opensEvidence(e));
            if (isTextArea(reached)) {
                break;
            }
            if (leavesThePage(browser, reached)) {
                browser.navigate(() -> browser.press(Keys.ENTER));
            } else {
                browser.press(Keys.ENTER);
            }
        }
        String statement = "Our equipment list, checked " + UUID.randomUUID().toString().substring(0, 6);
        browser.press(statement);
        tabTo(browser, "the link field", e -> "url".equals(e.getAttribute("type")));
        browser.press("https://practice.example/evidence");
        tabTo(browser, "the save button", e -> accessibleText(e).startsWith("Save"));
        browser.navigate(() -> browser.press(Keys.ENTER));
        assertThat(browser.text(By.cssSelector("main"))).contains("is saved");
        browser.assertAccessible();
    }

    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    /** Presses Tab until the focus reaches what {@code wanted} accepts (at most 400 times), and returns it. */
    private static WebElement tabTo(Browser browser, String what, java.util.function.Predicate<WebElement> wanted) {
        for (int presses = 0; presses < 400; presses++) {
            WebElement focused = browser.tab();
            if (wanted.test(focused)) {
                assertThat(browser.focusIsVisible()).as("the focus on %s is visible", what).isTrue();
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + what + " on " + browser.currentUri());
    }

    /** A link to another page (not to a place on this one). */
    private static boolean leavesThePage(Browser browser, WebElement element) {
        String href = element.getAttribute("href");
        if (!"a".equals(element.getTagName()) || href == null) {
            return false;
        }
        String here = browser.currentUri().toString().replaceFirst("#.*$", "");
        return !href.startsWith(here + "#");
    }

    private static boolean isTextArea(WebElement element) {
        return "textarea".equals(element.getTagName());
    }

    /** A control that opens an evidence form: a details summary, a button or a link about giving evidence. */
    private static boolean opensEvidence(WebElement element) {
        String text = accessibleText(element).toLowerCase(java.util.Locale.ROOT);
        return List.of("summary", "button", "a").contains(element.getTagName()) && text.contains("evidence")
                && !text.startsWith("save") && !text.contains("download");
    }

    private static String accessibleText(WebElement element) {
        String label = element.getAttribute("aria-label");
        if (label != null && !label.isBlank()) {
            return label.strip();
        }
        String text = element.getText();
        return (text == null || text.isBlank() ? String.valueOf(element.getAttribute("value")) : text).strip();
    }

    /** The texts of the elements as the page writes them (textContent), including any scrolled out of view. */
    private static List<String> writtenTexts(Browser browser, By by) {
        return browser.findAll(by).stream().map(e -> String.valueOf(e.getAttribute("textContent")).strip()).toList();
    }

    private void show(Browser browser) {
        browser.navigate(() -> browser.find(By.id("show")).click());
    }

    private void waitForText(Browser browser, By by, String text) {
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private String fetch(Browser browser, String url) {
        Object text = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('failed: ' + e));", url);
        return String.valueOf(text).replace("\uFEFF", "");
    }

    @Test
    void aManagerChangesAMembersJobRoleByKeyboardAndItStays(Browser browser) throws SQLException {
        String name = "Rhys Mover " + UUID.randomUUID().toString().substring(0, 6);
        long membership = RosterData.member(RosterData.practiceId(DemoAccounts.PRACTICE_A), name,
                RosterData.uniqueEmail("ui-mover"), "RECEPTIONIST");
        signIn(browser, DemoAccounts.MANAGER_A);
        browser.followLink("My practice");
        findMember(browser, name);

        // The roster makes way for a small form of its own: no dialog, so it reads on a phone.
        browser.navigate(() -> browser.find(By.cssSelector("[aria-label='Change the job role of " + name + "']")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.cssSelector("label[for='role-form:new-role']"))).contains(name);
        assertThat(browser.findAll(By.id("roster:members"))).isEmpty();
        browser.assertAccessible();
        new Select(browser.find(By.id("role-form:new-role"))).selectByVisibleText("Pharmacist");
        browser.navigate(() -> browser.find(By.id("role-form:save-role")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.cssSelector(".nhsuk-notification-banner"))).contains(name + " is now Pharmacist");
        browser.assertAccessible();
        assertThat(RosterData.jobRole(membership)).isEqualTo("PHARMACIST");

        browser.open(browser.home().resolve("practice/roster.xhtml"));
        findMember(browser, name);
        assertThat(browser.text(By.cssSelector("#roster\\:members tbody tr"))).contains(name, "Pharmacist");
    }

    @Test
    void aManagerAssignsAModuleToARoleAndTheLearnerSeesItCompletesItAndItShowsFulfilled(Browser browser) throws SQLException {
        TestPractice practice = TestPeople.practice();
        String managerName = "Ada Assigner " + UUID.randomUUID().toString().substring(0, 6);
        String manager = TestPeople.person(managerName, OWN_PASSWORD);
        TestPeople.member(manager, practice, JobRole.PRACTICE_MANAGER);
        String learnerName = "Lou Learner " + UUID.randomUUID().toString().substring(0, 6);
        String learner = TestPeople.person(learnerName, OWN_PASSWORD);
        TestPeople.member(learner, practice, JobRole.RECEPTIONIST);
        LocalDate due = LocalDate.now(AcademyCalendar.ZONE).plusDays(20);
        String dueText = AcademyCalendar.day(due);

        // The manager assigns "Moderating closed online patient support groups" to every receptionist, due in 20 days.
        signIn(browser, manager, OWN_PASSWORD);
        browser.open(browser.home().resolve("practice/assignments.xhtml"));
        browser.assertAccessible();
        browser.find(By.id("assign:target-2")).sendKeys(Keys.SPACE);
        new Select(browser.find(By.id("assign:role"))).selectByVisibleText("Receptionist");
        new Select(browser.find(By.id("assign:what"))).selectByValue("module:moderating-online-groups");
        browser.find(By.id("assign:due-on-day")).sendKeys(String.valueOf(due.getDayOfMonth()));
        browser.find(By.id("assign:due-on-month")).sendKeys(String.valueOf(due.getMonthValue()));
        browser.find(By.id("assign:due-on-year")).sendKeys(String.valueOf(due.getYear()));
        browser.find(By.id("assign:mandatory")).sendKeys(Keys.SPACE);
        browser.navigate(() -> browser.find(By.id("assign:assign-button")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.cssSelector(".nhsuk-notification-banner")))
                .contains("Assigned \"Moderating closed online patient support groups\": 1 person has it now.");
        assertThat(browser.text(By.id("list:assignments"))).contains("Every receptionist", "By " + dueText, managerName);
        browser.assertAccessible();

        // The learner sees it on home and in My learning, with its due date, who assigned it, mandatory.
        browser.driver().manage().deleteAllCookies();
        signIn(browser, learner, OWN_PASSWORD);
        browser.open(browser.home().resolve("home.xhtml"));
        assertThat(browser.text(By.id("assignments"))).contains("Moderating closed online patient support groups", "Due " + dueText,
                "Assigned by " + managerName, "Mandatory", "Not started");
        browser.assertAccessible();
        browser.open(browser.home().resolve("learning/my-learning.xhtml"));
        assertThat(browser.text(By.id("assignments"))).contains("Moderating closed online patient support groups", "Due " + dueText);

        // The learner completes it (reported by the content player), and it shows as done.
        long version = RosterData.count("SELECT v.version_number FROM catalogue_module_version v JOIN catalogue_module m"
                + " ON m.current_version_id = v.id WHERE m.slug = 'moderating-online-groups'");
        Object reported = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0], {method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json',"
                        + " 'Accept': 'application/json', 'Idempotency-Key': arguments[1]}, body: arguments[2]})"
                        + ".then(r => done(r.status), e => done('failed: ' + e));",
                browser.home().resolve("api/v1/me/completions").toString(), UUID.randomUUID().toString(),
                "{\"module\":\"moderating-online-groups\",\"version\":" + version + ",\"score\":100,\"completedAt\":\""
                        + Instant.now().minusSeconds(5) + "\"}");
        assertThat(reported).hasToString("201");
        browser.open(browser.home().resolve("learning/my-learning.xhtml"));
        assertThat(browser.text(By.id("assignments"))).contains("Moderating closed online patient support groups", "Complete", "Done ");
        browser.assertAccessible();

        // The manager sees it fulfilled.
        browser.driver().manage().deleteAllCookies();
        signIn(browser, manager, OWN_PASSWORD);
        browser.open(browser.home().resolve("practice/assignments.xhtml"));
        assertThat(browser.text(By.id("people-list:people"))).contains(learnerName, "Moderating closed online patient support groups", "Complete");
    }

    @Test
    void anAdministratorFindsAPracticeAndOpensItsRoster(Browser browser) {
        signIn(browser, DemoAccounts.ADMIN);

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

        browser.open(browser.home().resolve("admin/people.xhtml"));
        browser.assertAccessible();
        browser.open(browser.home().resolve("admin/audit.xhtml?action=signin."));
        assertThat(browser.texts(By.cssSelector("#audit\\:table tbody td"))).anyMatch(t -> t.startsWith("signin."));
        browser.assertAccessible();
    }

    @Test
    void aMemberLeavesAPracticeByKeyboardAfterConfirmingAndAnAssessorSeesWhatTheyMayNotAssess(Browser browser) throws SQLException {
        TestPractice practice = TestPeople.practice();
        String member = TestPeople.person("Lou Leaver", OWN_PASSWORD);
        TestPeople.member(member, practice, JobRole.RECEPTIONIST);
        signIn(browser, member, OWN_PASSWORD);
        assertThat(browser.text(By.cssSelector("main"))).contains(practice.name(), "Your training");
        // One thing to carry on with first, then what is due.
        assertThat(browser.find(By.partialLinkText("Start: ")).getAttribute("role")).isEqualTo("button");
        assertThat(browser.texts(By.cssSelector(".nhsuk-task-list .nhsuk-tag"))).isNotEmpty().allMatch("Not started"::equals);
        browser.assertAccessible();

        // Leaving asks first, on a page of its own (no dialog), and only then ends the membership.
        browser.navigate(() -> browser.find(By.cssSelector("a[href*='leave=']")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.id("confirm-leave"))).contains("Leave " + practice.name() + "?",
                "stays in the practice's history");
        assertThat(RosterData.membershipStatus(RosterData.membershipOf(member, practice.id()))).isEqualTo("ACTIVE");
        browser.assertAccessible();
        browser.navigate(() -> browser.find(By.id("leave:yes")).sendKeys(Keys.ENTER));
        assertThat(browser.text(By.cssSelector(".nhsuk-notification-banner"))).contains("You have left " + practice.name());
        browser.assertAccessible();
        assertThat(RosterData.membershipStatus(RosterData.membershipOf(member, practice.id()))).isEqualTo("ENDED");
        browser.follow(By.xpath("//button[normalize-space()='Sign out'] | //a[normalize-space()='Sign out']"));

        String assessor = TestPeople.person("Ash Assessor", OWN_PASSWORD);
        TestPeople.systemRole(assessor, "ASSESSOR");
        TestPeople.member(assessor, practice, JobRole.GP);
        signIn(browser, assessor, OWN_PASSWORD);
        assertThat(browser.text(By.id("assessing"))).contains("Applications to assess", "queue of applications to assess");
        // The queue comes before the assessor's own training.
        assertThat(browser.text(By.cssSelector("main")).indexOf("Applications to assess"))
                .isLessThan(browser.text(By.cssSelector("main")).indexOf("Your training"));
        assertThat(browser.texts(By.cssSelector("#conflicts td"))).contains("You belong to it now");
        browser.assertAccessible();
    }

    private void findMember(Browser browser, String name) {
        browser.find(By.id("roster:search")).sendKeys(name);
        browser.find(By.id("roster:find-members")).sendKeys(Keys.ENTER);
        browser.waitUntilSettled();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#roster\\:members tbody tr"), 1));
    }
}
