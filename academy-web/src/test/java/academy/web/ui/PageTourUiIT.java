package academy.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import academy.practice.JobRole;
import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.TestPeople;

/**
 * A tour of every page template of the academy, as each kind of person who can see it, in its empty
 * and its full state where those differ: each stop opens the page and checks it with
 * {@link Browser#assertAccessible()} (axe-core, and the reflow check at 320 px). One deployment and
 * one signed-in browser per visitor serve the whole tour; every stop is its own named test.
 *
 * <p>{@link #theTourVisitsEveryPageTemplate()} holds the list of stops to the pages under
 * {@code src/main/webapp}, so that a new page cannot go untoured.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageTourUiIT {

    /** Who looks at the page; one browser each, signed in once. */
    enum Visitor {
        ANONYMOUS("anonymous visitor", null),
        LEARNER("learner with completions", DemoAccounts.LEARNER_A),
        NEW_LEARNER("learner who has started nothing", null),
        PPG("PPG member", DemoAccounts.PPG_A),
        MANAGER("manager of a busy practice", DemoAccounts.MANAGER_A),
        NEW_MANAGER("manager of a practice with no staff or sessions", null),
        ASSESSOR("assessor", DemoAccounts.ASSESSOR),
        ADMIN("administrator", DemoAccounts.ADMIN);

        final String label;
        private final String demoAccount;

        Visitor(String label, String demoAccount) {
            this.label = label;
            this.demoAccount = demoAccount;
        }

        String email(TourData data) {
            return switch (this) {
                case NEW_LEARNER -> data.newLearner();
                case NEW_MANAGER -> data.newManager();
                default -> demoAccount;
            };
        }
    }

    /** How a stop reaches its page: an address, or a few steps from one. */
    @FunctionalInterface
    interface Visit {
        void go(Browser browser, TourData data);
    }

    /**
     * One page, seen by one visitor in one state. {@code page} is the template's path under
     * src/main/webapp; {@code expectError} marks stops whose answer is one of the error pages.
     */
    record Stop(String page, Visitor visitor, String state, boolean expectError, Visit visit) {
        @Override
        public String toString() {
            return page + " · " + visitor.label + (state.isEmpty() ? "" : " · " + state);
        }
    }

    private static final String WEBAPP = "src/main/webapp";

    /** The titles of the error pages: a stop that is not about an error must not end on one of them. */
    private static final List<String> ERROR_TITLES = List.of("Page not found", "Not available to you", "Something went wrong",
            "This link cannot be used", "The request could not be read", "Page expired", "The file was too large");

    private static final TourData DATA = new TourData();
    private static final Map<Visitor, Browser> BROWSERS = new EnumMap<>(Visitor.class);
    private static final Map<Visitor, RuntimeException> SIGN_IN_FAILURES = new EnumMap<>(Visitor.class);

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    /**
     * The stops to take: all of them, or those whose name contains one of the comma-separated parts of
     * the system property {@code academy.tour} (e.g. {@code -Dacademy.tour=admin/,home.xhtml} while
     * working on those pages).
     */
    static Stream<Stop> stops() {
        List<String> only = List.of(System.getProperty("academy.tour", "").split(","));
        return Tour.STOPS.stream().filter(stop -> only.stream().anyMatch(part -> stop.toString().contains(part)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stops")
    void theStopIsAccessibleAtDesktopAndPhoneWidths(Stop stop) {
        Browser browser = browserOf(stop.visitor());
        stop.visit().go(browser, DATA);
        String title = browser.title();
        if (!stop.expectError()) {
            assertThat(ERROR_TITLES).as("%s ended on an error page: %s", stop, browser.currentUri())
                    .noneMatch(title::startsWith);
            if (!stop.page().equals(SignInSession.SIGN_IN_PAGE)) {
                assertThat(browser.currentUri().getPath()).as("%s was sent to sign in", stop)
                        .doesNotEndWith(SignInSession.SIGN_IN_PAGE);
            }
        }
        browser.assertAccessible();
    }

    @Test
    void theTourVisitsEveryPageTemplate() throws IOException {
        Path webapp = Path.of(WEBAPP);
        Set<String> templates;
        try (Stream<Path> files = Files.walk(webapp)) {
            templates = files.filter(Files::isRegularFile).map(webapp::relativize)
                    .map(path -> path.toString().replace('\\', '/'))
                    .filter(path -> path.endsWith(".xhtml") && !path.startsWith("WEB-INF/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> toured = Tour.STOPS.stream().map(Stop::page).collect(Collectors.toCollection(TreeSet::new));

        assertThat(templates).as("pages under " + WEBAPP + "; a page missing from the tour needs stops in PageTourUiIT.Tour")
                .hasSizeGreaterThan(40)
                .isEqualTo(toured);
    }

    @AfterAll
    static void closeBrowsers() {
        BROWSERS.values().forEach(Browser::close);
        BROWSERS.clear();
        SIGN_IN_FAILURES.clear();
    }

    /**
     * The visitor's browser, signed in on first use. A browser is kept (and closed after the tour)
     * even when its sign-in fails; the visitor's later stops then fail at once with that failure
     * instead of each trying again.
     */
    private Browser browserOf(Visitor visitor) {
        RuntimeException failed = SIGN_IN_FAILURES.get(visitor);
        if (failed != null) {
            throw new AssertionError("the " + visitor.label + " could not sign in earlier in the tour", failed);
        }
        Browser browser = BROWSERS.get(visitor);
        if (browser == null) {
            browser = Browser.headless(new Http(deployed).application());
            BROWSERS.put(visitor, browser);
            if (visitor != Visitor.ANONYMOUS) {
                try {
                    signIn(browser, visitor.email(DATA));
                } catch (RuntimeException | AssertionError signInFailed) {
                    RuntimeException cause = signInFailed instanceof RuntimeException r ? r
                            : new IllegalStateException(signInFailed.getMessage(), signInFailed);
                    SIGN_IN_FAILURES.put(visitor, cause);
                    throw cause;
                }
            }
        }
        return browser;
    }

    /** Signs in by the sign-in page without checking it: the sign-in page has stops of its own. */
    static void signIn(Browser browser, String email) {
        browser.open(browser.home().resolve(SignInSession.SIGN_IN_PAGE));
        browser.find(By.cssSelector("input[id$=email]")).sendKeys(email);
        WebElement password = browser.find(By.cssSelector("input[id$=password]"));
        password.sendKeys(DemoAccounts.PASSWORD);
        browser.navigate(() -> password.sendKeys(Keys.ENTER));
        assertThat(browser.currentUri().getPath()).as("signed in as " + email).doesNotEndWith(SignInSession.SIGN_IN_PAGE);
    }

    // ---- the stops

    /** The stops in the order they run: by visitor, so that steps that make data come before pages that show it. */
    static final class Tour {

        static final List<Stop> STOPS = new ArrayList<>();

        private Tour() {
        }

        private static void stop(String page, Visitor visitor, String state, Visit visit) {
            STOPS.add(new Stop(page, visitor, state, false, visit));
        }

        private static void stop(String page, Visitor visitor, String state, String address) {
            stop(page, visitor, state, open(address));
        }

        private static void stop(String page, Visitor visitor) {
            stop(page, visitor, "", open(page));
        }

        private static void error(String page, Visitor visitor, String state, String address) {
            STOPS.add(new Stop(page, visitor, state, true, open(address)));
        }

        static Visit open(String address) {
            return (browser, data) -> browser.open(browser.home().resolve(address));
        }

        /** Types into the field whose id ends in {@code field} (after a ':' of its form, or the whole id). */
        static void type(Browser browser, String field, String text) {
            WebElement input = browser.find(By.cssSelector("[id$=':" + field + "'], [id='" + field + "']"));
            input.clear();
            input.sendKeys(text);
        }

        static void press(Browser browser, String button) {
            browser.navigate(() -> browser.find(By.cssSelector("[id$=':" + button + "']")).click());
        }

        static {
            Visitor anyone = Visitor.ANONYMOUS;
            // Public pages.
            stop("index.xhtml", anyone);
            stop("signin.xhtml", anyone);
            stop("signin.xhtml", anyone, "wrong password", (b, d) -> {
                b.open(b.home().resolve("signin.xhtml"));
                type(b, "email", DemoAccounts.LEARNER_A);
                type(b, "password", "not the password");
                press(b, "submit");
            });
            stop("catalogue/index.xhtml", anyone);
            stop("catalogue/index.xhtml", anyone, "nothing matches", "catalogue/index.xhtml?q=zzqqxx");
            stop("catalogue/module.xhtml", anyone, "", "catalogue/module.xhtml?slug=" + TourData.STAFF_MODULE);
            stop("catalogue/lesson.xhtml", anyone, "", "catalogue/lesson.xhtml?slug=" + TourData.STAFF_MODULE + "&n=1");
            stop("showcases/index.xhtml", anyone);
            stop("showcases/showcase.xhtml", anyone, "", (b, d) -> b.open(b.home().resolve("showcases/showcase.xhtml?slug=" + d.showcase())));
            stop("guides/index.xhtml", anyone);
            stop("guides/guide.xhtml", anyone, "", (b, d) -> b.open(b.home().resolve("guides/guide.xhtml?slug=" + d.guide())));
            stop("accreditation/register.xhtml", anyone);
            stop("certificate/verify.xhtml", anyone, "nothing to check yet", "certificate/verify.xhtml");
            stop("certificate/verify.xhtml", anyone, "a kite-mark certificate", (b, d) -> b.open(b.home().resolve("verify/" + d.kiteMarkSerial())));
            error("certificate/verify.xhtml", anyone, "no such serial", "verify/ZZZZZZZZZZZZ");

            // Accounts: forms, and the pages that mailed links open.
            stop("account/forgot-password.xhtml", anyone);
            stop("account/forgot-password.xhtml", anyone, "link sent", (b, d) -> {
                b.open(b.home().resolve("account/forgot-password.xhtml"));
                type(b, "email", d.newLearner());
                press(b, "submit");
            });
            stop("account/reset-password.xhtml", anyone, "from the mailed link",
                    (b, d) -> b.open(b.home().resolve(d.linkInMailTo(d.newLearner(), "/account/reset-password.xhtml"))));
            error("account/reset-password.xhtml", anyone, "wrong link", "account/reset-password.xhtml?token=not-a-token");
            stop("account/join.xhtml", anyone);
            stop("account/join.xhtml", anyone, "registered", (b, d) -> {
                b.open(b.home().resolve("account/join.xhtml"));
                type(b, "code", d.emptyPractice().joinCode());
                type(b, "name", "Jo Joiner");
                type(b, "email", d.joiner());
                type(b, "password", DemoAccounts.PASSWORD);
                press(b, "submit");
            });
            stop("account/confirm-email-address.xhtml", anyone, "from the mailed link",
                    (b, d) -> b.open(b.home().resolve(d.linkInMailTo(d.joiner(), "/account/confirm-email-address.xhtml"))));
            error("account/confirm-email-address.xhtml", anyone, "wrong link", "account/confirm-email-address.xhtml?token=not-a-token");
            stop("account/confirm-email.xhtml", anyone, "from the mailed link", (b, d) -> b.open(b.home().resolve(
                    "account/confirm-email.xhtml?token=" + TestPeople.emailChange(TestPeople.person("Cy Changer", DemoAccounts.PASSWORD),
                            TestPeople.newEmail()))));
            error("account/confirm-email.xhtml", anyone, "wrong link", "account/confirm-email.xhtml?token=not-a-token");
            stop("account/invitation.xhtml", anyone, "from the mailed link", (b, d) -> b.open(b.home().resolve(
                    "account/invitation.xhtml?token=" + TestPeople.invitation(d.emptyPractice(),
                            TestPeople.newEmail(), "Ivy Invited", JobRole.NURSE))));
            error("account/invitation.xhtml", anyone, "wrong link", "account/invitation.xhtml?token=not-a-token");
            error("account/set-up.xhtml", anyone, "wrong link", "account/set-up.xhtml?token=not-a-token");
            stop("account/unsubscribe.xhtml", anyone, "from a reminder mail", (b, d) -> b.open(b.home().resolve(
                    "account/unsubscribe.xhtml?token=" + TestPeople.unsubscribeLink(DemoAccounts.LEARNER_A))));
            stop("account/unsubscribe.xhtml", anyone, "unknown link", "account/unsubscribe.xhtml?token=not-a-token");

            // Error pages, opened by address and reached as people reach them.
            for (String page : List.of("bad-request", "error", "expired", "forbidden", "invalid-link", "not-found", "too-large")) {
                error("error/" + page + ".xhtml", anyone, "", "error/" + page + ".xhtml");
            }
            error("error/not-found.xhtml", anyone, "a wrong address", "catalogue/no-such-page.xhtml");
            error("error/not-found.xhtml", anyone, "a module that does not exist", "catalogue/module.xhtml?slug=no-such-module");

            // A learner with completions.
            Visitor learner = Visitor.LEARNER;
            stop("home.xhtml", learner);
            stop("learning/my-learning.xhtml", learner);
            stop("learning/training-elsewhere.xhtml", learner);
            stop("learning/training-elsewhere.xhtml", learner, "a form refused", (b, d) -> {
                b.open(b.home().resolve("learning/training-elsewhere.xhtml"));
                type(b, "completed-on-day", "31");
                type(b, "completed-on-month", "2");
                type(b, "completed-on-year", "2026");
                press(b, "save");
            });
            stop("catalogue/module.xhtml", learner, "started", "catalogue/module.xhtml?slug=" + TourData.STAFF_MODULE);
            stop("catalogue/index.xhtml", learner);
            stop("account/profile.xhtml", learner);
            error("error/forbidden.xhtml", learner, "an administrator's page", "admin/practices.xhtml");

            // A learner who has started nothing, then starts a module and takes its quiz.
            Visitor newcomer = Visitor.NEW_LEARNER;
            stop("home.xhtml", newcomer, "nothing started", "home.xhtml");
            stop("learning/my-learning.xhtml", newcomer, "nothing started", "learning/my-learning.xhtml");
            stop("learning/training-elsewhere.xhtml", newcomer, "nothing recorded", "learning/training-elsewhere.xhtml");
            stop("catalogue/module.xhtml", newcomer, "not started", "catalogue/module.xhtml?slug=" + TourData.STAFF_MODULE);
            stop("catalogue/lesson.xhtml", newcomer, "just started", (b, d) -> {
                b.open(b.home().resolve("catalogue/module.xhtml?slug=" + TourData.STAFF_MODULE));
                if (b.isPresent(By.id("learn:start"))) {
                    press(b, "start");
                } else {
                    b.open(b.home().resolve("catalogue/lesson.xhtml?slug=" + TourData.STAFF_MODULE + "&n=1"));
                }
            });
            stop("learning/quiz.xhtml", newcomer, "", (b, d) -> startQuiz(b));
            stop("learning/result.xhtml", newcomer, "not passed", (b, d) -> {
                startQuiz(b);
                for (WebElement question : b.findAll(By.cssSelector("#quiz fieldset"))) {
                    question.findElements(By.tagName("input")).stream().findFirst().ifPresent(WebElement::click);
                }
                press(b, "submit");
            });

            // A PPG member.
            Visitor ppg = Visitor.PPG;
            stop("home.xhtml", ppg);
            stop("learning/my-learning.xhtml", ppg);
            stop("catalogue/module.xhtml", ppg, "a module for staff", "catalogue/module.xhtml?slug=" + TourData.STAFF_MODULE);
            stop("account/profile.xhtml", ppg);

            // The manager of the demo's busy practice.
            Visitor manager = Visitor.MANAGER;
            stop("home.xhtml", manager);
            for (String page : List.of("roster", "matrix", "assignments", "sessions", "face-to-face", "training-claims", "uptake",
                    "kite-mark-certificates")) {
                stop("practice/" + page + ".xhtml", manager);
            }
            stop("practice/training-claims.xhtml", manager, "asked to turn down a record", (b, d) -> {
                b.open(b.home().resolve("practice/training-claims.xhtml"));
                b.navigate(() -> b.find(By.cssSelector("[aria-label^='Turn down ']")).click());
            });
            stop("practice/assignments.xhtml", manager, "a form refused", (b, d) -> {
                b.open(b.home().resolve("practice/assignments.xhtml"));
                press(b, "assign-button");
            });
            stop("accreditation/readiness.xhtml", manager);
            stop("accreditation/application.xhtml", manager);
            stop("accreditation/kite-mark.xhtml", manager, "no kite mark yet", "accreditation/kite-mark.xhtml");
            stop("accreditation/timeline.xhtml", manager);
            stop("account/profile.xhtml", manager);

            // The manager of a practice with no staff, sessions or evidence.
            Visitor newManager = Visitor.NEW_MANAGER;
            stop("home.xhtml", newManager, "empty practice", "home.xhtml");
            for (String page : List.of("roster", "matrix", "assignments", "sessions", "face-to-face", "training-claims", "uptake",
                    "kite-mark-certificates")) {
                stop("practice/" + page + ".xhtml", newManager, "empty practice", "practice/" + page + ".xhtml");
            }
            stop("accreditation/readiness.xhtml", newManager, "no evidence", "accreditation/readiness.xhtml");
            stop("accreditation/application.xhtml", newManager, "nothing to apply for", "accreditation/application.xhtml");
            stop("accreditation/timeline.xhtml", newManager, "no events", "accreditation/timeline.xhtml");

            // An assessor.
            Visitor assessor = Visitor.ASSESSOR;
            stop("home.xhtml", assessor);
            stop("assessment/queue.xhtml", assessor);
            stop("assessment/queue.xhtml", assessor, "nothing matches", "assessment/queue.xhtml?q=zzqqxx");
            stop("assessment/review.xhtml", assessor, "an application in review",
                    (b, d) -> b.open(b.home().resolve("assessment/review.xhtml?application=" + d.applicationInReview())));
            stop("assessment/conflicts.xhtml", assessor);
            stop("accreditation/appeal-hearings.xhtml", assessor);
            stop("accreditation/appeal-hearings.xhtml", assessor, "an appeal to hear", (b, d) -> {
                d.appealToHear();
                b.open(b.home().resolve("accreditation/appeal-hearings.xhtml"));
            });
            stop("accreditation/appeal-hearings.xhtml", assessor, "an outcome to confirm", (b, d) -> {
                d.appealToHear();
                b.open(b.home().resolve("accreditation/appeal-hearings.xhtml"));
                b.find(By.cssSelector("label[for$=':outcome-2']")).click();
                type(b, "reasons", "The survey was read; it does not show coverage in the consulting rooms.");
                press(b, "decide");
                assertThat(b.text(By.cssSelector(".nhsuk-card--warning"))).contains("Record this outcome?");
            });
            stop("accreditation/kite-mark.xhtml", assessor, "a kite mark in force",
                    (b, d) -> b.open(b.home().resolve("accreditation/kite-mark.xhtml?practice=" + d.practiceId("Y09003"))));
            stop("accreditation/timeline.xhtml", assessor, "a practice with history",
                    (b, d) -> b.open(b.home().resolve("accreditation/timeline.xhtml?practice=" + d.practiceId("Y09008"))));

            // An administrator.
            Visitor admin = Visitor.ADMIN;
            stop("home.xhtml", admin);
            stop("admin/practices.xhtml", admin);
            stop("admin/practices.xhtml", admin, "a practice code refused", (b, d) -> {
                b.open(b.home().resolve("admin/practices.xhtml"));
                type(b, "ods", "12345");
                type(b, "name", "Nowhere Surgery");
                press(b, "create");
            });
            stop("admin/practices.xhtml", admin, "asked to archive a practice", (b, d) -> {
                b.open(b.home().resolve("admin/practices.xhtml"));
                b.navigate(() -> b.find(By.cssSelector("[aria-label^='Archive ']")).click());
            });
            stop("admin/assignments.xhtml", admin);
            stop("admin/assignments.xhtml", admin, "a form refused", (b, d) -> {
                b.open(b.home().resolve("admin/assignments.xhtml"));
                press(b, "assign-button");
            });
            stop("admin/assignments.xhtml", admin, "asked to withdraw", (b, d) -> {
                b.open(b.home().resolve("admin/assignments.xhtml"));
                b.navigate(() -> b.find(By.cssSelector("[aria-label^='Withdraw ']")).click());
            });
            stop("admin/people.xhtml", admin);
            stop("admin/people.xhtml", admin, "asked to suspend an account", (b, d) -> {
                b.open(b.home().resolve("admin/people.xhtml"));
                b.navigate(() -> b.find(By.cssSelector("[aria-label^='Suspend ']")).click());
            });
            stop("admin/people.xhtml", admin, "an assessor appointed", (b, d) -> {
                b.open(b.home().resolve("admin/people.xhtml"));
                type(b, "appoint-name", "Ari Appointed");
                type(b, "appoint-email", d.appointee());
                press(b, "appoint");
            });
            stop("admin/audit.xhtml", admin);
            stop("admin/audit.xhtml", admin, "nothing matches", "admin/audit.xhtml?action=no.such.action");
            stop("admin/audit.xhtml", admin, "a filter that cannot be read", "admin/audit.xhtml?person=abc");
            stop("admin/audit.xhtml", admin, "filtered by days", (b, d) -> {
                b.open(b.home().resolve("admin/audit.xhtml"));
                type(b, "from-day", "1");
                type(b, "from-month", "1");
                type(b, "from-year", "2026");
                type(b, "action", "signin.");
                press(b, "show");
            });
            stop("admin/audit.xhtml", admin, "a day that does not exist", (b, d) -> {
                b.open(b.home().resolve("admin/audit.xhtml"));
                type(b, "until-day", "31");
                type(b, "until-month", "2");
                type(b, "until-year", "2026");
                press(b, "show");
            });
            stop("admin/appeals.xhtml", admin);
            stop("admin/appeals.xhtml", admin, "all appeals", "admin/appeals.xhtml?show=all");
            stop("admin/certificates.xhtml", admin);
            stop("admin/certificates.xhtml", admin, "a serial refused", (b, d) -> {
                b.open(b.home().resolve("admin/certificates.xhtml"));
                type(b, "reissue-serial", "NOT-A-SERIAL");
                press(b, "reissue");
                confirmIfAsked(b);
            });
            stop("admin/accreditation.xhtml", admin);
            stop("demo/outbox.xhtml", admin);
            stop("practice/roster.xhtml", admin, "a practice's roster",
                    (b, d) -> b.open(b.home().resolve("practice/roster.xhtml?practice=" + d.practiceId(DemoAccounts.PRACTICE_B))));
            stop("assessment/queue.xhtml", admin);

            // The assessor set up by the administrator opens the mailed link (after the appointment above).
            stop("account/set-up.xhtml", anyone, "from the mailed link",
                    (b, d) -> b.open(b.home().resolve(d.linkInMailTo(d.appointee(), "/account/set-up.xhtml"))));
        }

        /** From the module page: the quiz the learner has open, or a new one. */
        private static void startQuiz(Browser browser) {
            browser.open(browser.home().resolve("catalogue/module.xhtml?slug=" + TourData.STAFF_MODULE));
            press(browser, "quiz");
        }

        /** Where an action asks "are you sure?" on a page of its own or in a panel, answers yes. */
        private static void confirmIfAsked(Browser browser) {
            List<WebElement> yes = browser.findAll(By.cssSelector("[id$=':confirm-yes']"));
            if (!yes.isEmpty()) {
                browser.navigate(yes.get(0)::click);
            }
        }
    }
}
