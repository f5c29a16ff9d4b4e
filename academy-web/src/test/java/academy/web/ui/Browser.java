package academy.web.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the {@code *UiIT} journeys, with the waiting and checking that every
 * journey needs: wait for a page (and any PrimeFaces ajax) to settle, follow a link or submit a form
 * and wait for the next page, move with the keyboard, and check the page with axe-core and for
 * reflow, at a desktop width and at a 320 px phone width.
 *
 * <p>It uses the Chromium and chromedriver installed on the machine and never lets Selenium Manager
 * download anything. Paths default to Debian's packages; override them with the system properties
 * {@code academy.ui.chrome} / {@code academy.ui.chromedriver} or the environment variables
 * {@code CHROME_BIN} / {@code CHROMEDRIVER}.
 */
public final class Browser implements AutoCloseable {

    /** The WCAG 2.2 A and AA rules; a page may have no violation of them, whatever its impact. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** The narrowest width a page must work at without scrolling sideways (WCAG 2.2 SC 1.4.10 Reflow). */
    static final int PHONE_WIDTH = 320;
    private static final int PHONE_HEIGHT = 800;

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Dimension DESKTOP = new Dimension(1280, 1000);

    /** True once the document has loaded and no PrimeFaces ajax request is queued or running. */
    private static final String SETTLED = "return document.readyState === 'complete'"
            + " && !(window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue && !PrimeFaces.ajax.Queue.isEmpty())"
            + " && !(window.jQuery && jQuery.active > 0);";

    /*
     * Selenium looks for a DevTools binding matching the browser's version at every start and warns
     * when Debian's Chromium is newer than the ones it ships. These journeys use no DevTools
     * binding (screenshots go through chromedriver's own CDP command), so the warning is noise.
     * Held in fields because java.util.logging forgets the level of a logger nobody references.
     */
    private static final List<Logger> QUIETENED = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
            "org.openqa.selenium.chromium.ChromiumDriver").map(Logger::getLogger).toList();

    static {
        QUIETENED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private final URI home;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    /** Whether Chromium is emulating a narrower viewport than its window (see {@link #viewportWidth}). */
    private boolean emulating;

    private Browser(URI home, Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.home = home;
        this.profile = profile;
        this.service = service;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /**
     * Starts a fresh headless Chromium with an empty profile, at a desktop window size, for the
     * application at {@code home}. Journeys get theirs from {@link BrowserExtension}.
     */
    static Browser headless(URI home) {
        File chrome = executable("academy.ui.chrome", "CHROME_BIN", "/usr/bin/chromium");
        File chromedriver = executable("academy.ui.chromedriver", "CHROMEDRIVER", "/usr/bin/chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("academy-ui-chrome-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        try {
            return new Browser(home, profile, service, new ChromeDriver(service, options));
        } catch (RuntimeException failed) {
            service.stop();
            deleteQuietly(profile);
            throw failed;
        }
    }

    private static File executable(String property, String environment, String fallback) {
        String path = Optional.ofNullable(System.getProperty(property)).filter(p -> !p.isBlank())
                .or(() -> Optional.ofNullable(System.getenv(environment)).filter(p -> !p.isBlank()))
                .orElse(fallback);
        File file = new File(path);
        if (!file.canExecute()) {
            throw new IllegalStateException(path + " is not an executable; install it or point the system property "
                    + property + " or the environment variable " + environment + " at it");
        }
        return file;
    }

    // ---- pages

    /** The application's root address (ending in "/"), against which journeys resolve page paths. */
    public URI home() {
        return home;
    }

    /** Loads {@code url} and waits until it has settled. */
    public Browser open(URL url) {
        return open(URI.create(url.toString()));
    }

    public Browser open(URI uri) {
        driver.get(uri.toString());
        waitUntilSettled();
        return this;
    }

    /** Waits for the document to finish loading and, where PrimeFaces is on the page, for its ajax queue to empty. */
    public void waitUntilSettled() {
        wait.withMessage(() -> "the page did not settle: " + driver.getCurrentUrl())
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(SETTLED)));
    }

    /**
     * Does something that loads another page (a click, Enter in a form) and waits for the new page
     * to replace the old one and settle.
     */
    public void navigate(Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        wait.withMessage(() -> "no new page loaded; still at " + driver.getCurrentUrl())
                .until(d -> isGone(page));
        waitUntilSettled();
    }

    /**
     * True once the old page's root element is no longer in the document. While the next page
     * replaces it, Chrome may answer with a generic "node does not belong to the document" error
     * instead of a stale-element error; both mean the old page is gone.
     */
    private static boolean isGone(WebElement oldRoot) {
        try {
            oldRoot.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException detached) {
            String message = String.valueOf(detached.getMessage());
            if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                return true;
            }
            throw detached;
        }
    }

    /** Clicks the element and waits for the page it leads to. */
    public void follow(By link) {
        WebElement element = find(link);
        navigate(element::click);
    }

    /** Clicks the link with exactly this visible text and waits for the page it leads to. */
    public void followLink(String text) {
        follow(By.linkText(text));
    }

    public WebElement find(By by) {
        return wait.withMessage(() -> "nothing matches " + by + " on " + driver.getCurrentUrl())
                .until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** The visible texts of every element matching {@code by}, in document order. */
    public List<String> texts(By by) {
        return findAll(by).stream().map(WebElement::getText).map(String::strip).toList();
    }

    public String text(By by) {
        return find(by).getText().strip();
    }

    public String title() {
        return driver.getTitle();
    }

    public URI currentUri() {
        return URI.create(driver.getCurrentUrl());
    }

    // ---- keyboard

    /** Presses Tab once and returns the element that then has focus. */
    public WebElement tab() {
        return press(Keys.TAB);
    }

    /** Presses a key where the focus is and returns the element that then has focus. */
    public WebElement press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        return focused();
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Whether the focused element shows a focus indicator as NHS.UK draws it: a solid, coloured outline
     * at least 2 px wide (form fields), or the yellow focus: a box shadow (links, buttons, which carry
     * a transparent outline only for forced-colour modes). A transparent outline alone does not count.
     */
    public boolean focusIsVisible() {
        Object visible = script("const s = getComputedStyle(document.activeElement);"
                + " const transparent = c => c === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(c);"
                + " const outline = s.outlineStyle === 'solid' && parseFloat(s.outlineWidth) >= 2 && !transparent(s.outlineColor);"
                + " const shadow = s.boxShadow && s.boxShadow !== 'none';"
                + " return outline || shadow;");
        return Boolean.TRUE.equals(visible);
    }

    // ---- layout

    /** Resizes the viewport, e.g. to a 390 px wide phone. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        waitUntilSettled();
    }

    /**
     * Makes the viewport exactly {@code width} CSS pixels wide and lets the page lay itself out again.
     * Resizes the window and corrects for any difference between window and viewport; where the
     * window cannot become that narrow, Chromium is told to emulate the width instead.
     */
    void viewportWidth(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long inner = innerWidth();
        if (inner != width) {
            driver.manage().window().setSize(new Dimension((int) (width + (width - inner)), height));
            inner = innerWidth();
        }
        if (inner != width) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
            emulating = true;
            inner = innerWidth();
        }
        if (inner != width) {
            throw new IllegalStateException("the viewport is " + inner + " CSS px wide, not " + width);
        }
        settleLayout();
    }

    private void desktopWidth() {
        if (emulating) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            emulating = false;
        }
        driver.manage().window().setSize(DESKTOP);
        settleLayout();
    }

    private long innerWidth() {
        return ((Number) script("return window.innerWidth;")).longValue();
    }

    /** Waits for two animation frames, so that resize handlers (the header's menu) have run. */
    private void settleLayout() {
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done(null)));");
        waitUntilSettled();
    }

    /** How many CSS pixels the page is wider than the viewport; 0 when nothing scrolls sideways. */
    public long horizontalOverflow() {
        Number overflow = (Number) script("return Math.max(0, document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth);");
        return overflow.longValue();
    }

    /** Saves a PNG of the whole page (not only the viewport) at the current width to {@code file}. */
    public Path screenshot(Path file) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) size.get("width")).doubleValue(), "height", ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public WebDriver driver() {
        return driver;
    }

    // ---- accessibility

    /**
     * Checks the current page as a person on a desktop and on the narrowest phone would meet it:
     * at 1280 CSS px and at 320 CSS px, axe-core against WCAG 2.2 A and AA (a violation of any
     * impact fails), and at 320 px the reflow check ({@link #REFLOW}). Leaves the window at 1280 px.
     */
    public void assertAccessible() {
        List<String> problems = new java.util.ArrayList<>();
        try {
            axe("at " + DESKTOP.width + " px").ifPresent(problems::add);
            viewportWidth(PHONE_WIDTH, PHONE_HEIGHT);
            reflow().ifPresent(problems::add);
            axe("at " + PHONE_WIDTH + " px").ifPresent(problems::add);
        } finally {
            desktopWidth();
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\"):\n"
                    + String.join("\n", problems));
        }
    }

    private Optional<String> axe(String where) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + driver.getCurrentUrl() + " " + where + ": "
                    + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        return violations.isEmpty() ? Optional.empty()
                : Optional.of(violations.size() + " accessibility violation(s) " + where + ":\n" + describe(violations));
    }

    /**
     * The reflow check at the current width, as a list of offences (empty when none): the page is
     * wider than the viewport, or an element that hides its overflow (overflow-x hidden or clip) has
     * content wider than itself, i.e. cut-off text. Elements that are visually hidden on purpose (the
     * NHS.UK and PrimeFaces visually-hidden helpers, or anything clipped to at most 1 px) and elements
     * inside a focusable, labelled scroll region ({@code [tabindex="0"][role="region"]} with an
     * accessible name) are not offences: such a region scrolls inside itself.
     */
    static final String REFLOW = """
            const width = window.innerWidth;
            const offences = [];
            const describe = (el, why) => ({
                tag: el.tagName.toLowerCase(), id: el.id || '', classes: String(el.className && el.className.baseVal !== undefined
                    ? el.className.baseVal : el.className || ''),
                scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, why: why });
            const page = document.documentElement.scrollWidth;
            if (page > width) {
                offences.push({ tag: 'html', id: '', classes: '', scrollWidth: page, clientWidth: width,
                    why: 'the page scrolls sideways' });
                const wide = [...document.body.querySelectorAll('*')].filter(el => {
                    const r = el.getBoundingClientRect();
                    const region = el.parentElement && el.parentElement.closest('[tabindex="0"][role="region"]');
                    return r.width > 0 && r.right > width + 1 && !region;
                });
                wide.filter(el => !wide.includes(el.parentElement)).slice(0, 10)
                    .forEach(el => offences.push(describe(el, 'reaches ' + Math.round(el.getBoundingClientRect().right) + ' px')));
            }
            const visuallyHidden = el => {
                for (let e = el; e; e = e.parentElement) {
                    if (e.classList.contains('nhsuk-u-visually-hidden') || e.classList.contains('ui-helper-hidden-accessible')) {
                        return true;
                    }
                    const r = e.getBoundingClientRect();
                    const s = getComputedStyle(e);
                    if (s.position === 'absolute' && (r.width <= 1 || r.height <= 1)) {
                        return true;
                    }
                    if (s.clipPath === 'inset(50%)' || /^rect\\((0|1)px,? (0|1)px,? (0|1)px,? (0|1)px\\)$/.test(s.clip)) {
                        return true;
                    }
                }
                return false;
            };
            const inScrollRegion = el => {
                const region = el.closest('[tabindex="0"][role="region"]');
                return region !== null && ((region.getAttribute('aria-label') || '').trim() !== ''
                    || (region.getAttribute('aria-labelledby') || '').trim() !== '');
            };
            for (const el of document.querySelectorAll('body, body *')) {
                const overflow = getComputedStyle(el).overflowX;
                // A text field scrolls its own value with the caret: a long address in it is not cut off.
                if (el.matches('input, textarea, select')) {
                    continue;
                }
                if ((overflow === 'hidden' || overflow === 'clip') && el.scrollWidth > el.clientWidth + 1
                        && el.getClientRects().length > 0 && !visuallyHidden(el) && !inScrollRegion(el)) {
                    offences.push(describe(el, 'hides content wider than itself (overflow-x: ' + overflow + ')'));
                }
            }
            return offences;
            """;

    private Optional<String> reflow() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> offences = (List<Map<String, Object>>) script(REFLOW);
        if (offences.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(offences.size() + " reflow problem(s) at " + PHONE_WIDTH + " px:\n" + offences.stream()
                .map(o -> "- <" + o.get("tag") + (String.valueOf(o.get("id")).isEmpty() ? "" : " id=\"" + o.get("id") + "\"")
                        + (String.valueOf(o.get("classes")).isBlank() ? "" : " class=\"" + o.get("classes") + "\"") + "> "
                        + o.get("why") + "; scrollWidth " + o.get("scrollWidth") + ", clientWidth " + o.get("clientWidth"))
                .collect(Collectors.joining("\n")));
    }

    static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp()
                        + " (" + rule.getHelpUrl() + ")\n"
                        + rule.getNodes().stream().map(Browser::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replaceAll("\\s+", " ").strip();
        return "    at " + target(node.getTarget()) + (summary.isEmpty() ? "" : "\n       " + summary);
    }

    /** axe names an element by a list of selectors (one per frame or shadow root). */
    private static String target(Object target) {
        if (target instanceof List<?> selectors) {
            return selectors.stream().map(Browser::target).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }

    // ---- end

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A leftover temporary profile is harmless; the test result matters more.
        }
    }
}
