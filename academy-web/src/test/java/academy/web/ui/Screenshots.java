package academy.web.ui;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;

/**
 * Not a test: the screenshots of the documentation, taken on demand by
 * {@code docs/screenshots/take.sh} (its name does not end in IT, so {@code mvn verify} never runs
 * it). It deploys the academy with the demo region as the browser tests do, signs in as each
 * role and saves the key page of each at a desktop and two phone widths, as
 * {@code docs/screenshots/<role>-<page>-<width>.png}; the same names every time, so the README's
 * links stay right.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Screenshots {

    /** Desktop, a common phone, and the narrowest width the academy promises to work at. */
    private static final List<Integer> WIDTHS = List.of(1280, 390, 320);
    /** A long page is cut here: the README shows the top of it. */
    private static final int MAX_HEIGHT = 2400;

    /** Who signs in (null: nobody), and the pages to take as "<name>" → address. */
    private record Role(String name, String email, Map<String, String> pages) {
    }

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @Test
    void takeTheKeyPageOfEachRole() throws Exception {
        TourData data = new TourData();
        List<Role> roles = List.of(
                new Role("anonymous", null, Map.of("catalogue", "catalogue/index.xhtml")),
                new Role("learner", DemoAccounts.LEARNER_A, Map.of("home", "home.xhtml")),
                new Role("ppg", DemoAccounts.PPG_A, Map.of("home", "home.xhtml")),
                new Role("manager", DemoAccounts.MANAGER_A, Map.of("home", "home.xhtml", "matrix", "practice/matrix.xhtml")),
                new Role("assessor", DemoAccounts.ASSESSOR, Map.of("queue", "assessment/queue.xhtml",
                        "review", "assessment/review.xhtml?application=" + data.applicationInReview())),
                new Role("admin", DemoAccounts.ADMIN, Map.of("practices", "admin/practices.xhtml",
                        "kite-marks", "admin/accreditation.xhtml")));
        Path directory = Path.of(System.getProperty("academy.screenshots.dir", "../docs/screenshots"));
        Files.createDirectories(directory);
        for (Role role : roles) {
            try (Browser browser = Browser.headless(new Http(deployed).application())) {
                if (role.email() != null) {
                    PageTourUiIT.signIn(browser, role.email());
                }
                for (Map.Entry<String, String> page : role.pages().entrySet()) {
                    for (int width : WIDTHS) {
                        browser.resize(width, 900);
                        browser.open(browser.home().resolve(page.getValue()));
                        Path file = directory.resolve(role.name() + "-" + page.getKey() + "-" + width + ".png");
                        save(browser, file);
                        System.out.println("screenshot " + file.toAbsolutePath().normalize());
                    }
                }
            }
        }
    }

    /** The page from its top, as wide as the window and at most {@link #MAX_HEIGHT} tall. */
    private static void save(Browser browser, Path file) throws Exception {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) browser.script("return document.documentElement.clientWidth;")).doubleValue();
        double height = Math.min(MAX_HEIGHT, ((Number) size.get("height")).doubleValue());
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1, "width", width, "height", height);
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }
}
