package academy.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import academy.catalogue.Audience;
import academy.catalogue.content.GuideSource;
import academy.catalogue.content.ModuleSource;
import academy.catalogue.content.ShowcaseSource;
import academy.web.Deployments;
import academy.web.ui.Browser;
import academy.web.ui.BrowserExtension;

/**
 * Visitors finding and reading training in a real browser, on the real WAR: the catalogue's
 * filters, a module, its lessons, showcases and guides, what happens on wrong addresses, paging,
 * the keyboard, a phone-sized screen. Every page visited is checked with axe-core.
 *
 * <p>The catalogue is read-only and comes from the content directory the academy loads at start-up;
 * {@link CatalogueContent} reads the same files, so each test states what it expects from them.
 * Each test starts its own browser and depends on no other test.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class CatalogueJourneyUiIT {

    /** A word in the title or summary of PPG modules and of staff-only modules alike. */
    private static final String SEARCH_WORD = "safe";
    private static final String PPG_MEMBERS = "PPG members";
    private static final int PAGE_SIZE = 12;

    private static CatalogueContent content;

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @BeforeAll
    static void readContent() {
        content = CatalogueContent.loaded();
    }

    // ---- (a) home → catalogue → filter → module → lessons

    @Test
    void findsPpgTrainingBySearchingAndReadsItLessonByLesson(Browser browser) {
        List<ModuleSource> expected = content.matching(Audience.PPG, SEARCH_WORD);
        assertThat(expected).as("the content must have PPG modules mentioning '%s' for this journey", SEARCH_WORD)
                .isNotEmpty().hasSizeLessThanOrEqualTo(PAGE_SIZE);
        assertThat(content.modules()).as("and staff-only modules mentioning it, which the filter must hide")
                .anyMatch(m -> m.audience() == Audience.STAFF && CatalogueContent.mentions(m, SEARCH_WORD));

        browser.open(browser.home());
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Become a digital practice");
        browser.assertAccessible();

        browser.follow(By.partialLinkText("training modules"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Training");
        assertThat(browser.title()).startsWith("Training");
        browser.assertAccessible();

        new Select(browser.find(By.id("audience"))).selectByVisibleText(PPG_MEMBERS);
        WebElement search = browser.find(By.id("q"));
        search.sendKeys(SEARCH_WORD);
        browser.navigate(() -> search.sendKeys(Keys.ENTER));

        assertThat(browser.currentUri().getRawQuery()).contains("audience=ppg").contains("q=" + SEARCH_WORD);
        assertThat(new Select(browser.find(By.id("audience"))).getFirstSelectedOption().getText())
                .as("the chosen audience stays chosen").isEqualTo(PPG_MEMBERS);
        assertThat(browser.find(By.id("q")).getDomProperty("value")).as("the search stays typed").isEqualTo(SEARCH_WORD);

        List<String> titles = browser.texts(By.cssSelector("#modules .nhsuk-card__heading"));
        assertThat(titles).as("exactly the PPG and everyone modules that mention '%s'", SEARCH_WORD)
                .containsExactlyInAnyOrderElementsOf(CatalogueContent.titles(expected));
        for (WebElement card : browser.findAll(By.cssSelector("#modules .nhsuk-card"))) {
            assertThat(card.getText()).containsAnyOf("For " + PPG_MEMBERS + ".", "For " + Audience.BOTH.label() + ".");
            String title = card.findElement(By.cssSelector(".nhsuk-card__heading")).getText();
            ModuleSource module = content.moduleTitled(title).orElseThrow();
            assertThat(card.findElement(By.cssSelector(".nhsuk-card__description")).getText()).isEqualTo(module.summary());
        }
        assertThat(browser.text(By.id("result-count")))
                .isEqualTo("Showing 1 to " + expected.size() + " of " + expected.size() + " modules");
        assertThat(browser.isPresent(By.id("no-results"))).isFalse();
        assertThat(browser.isPresent(By.cssSelector(".nhsuk-pagination a"))).as("one page: no pager links").isFalse();
        assertThat(browser.isPresent(By.linkText("Clear"))).as("a filtered list offers to clear it").isTrue();
        browser.assertAccessible();

        ModuleSource module = content.moduleTitled(titles.get(0)).orElseThrow();
        List<String> lessons = CatalogueContent.lessonTitles(module);
        assertThat(lessons).as("the journey needs a module with several lessons").hasSizeGreaterThanOrEqualTo(3);

        browser.followLink(module.title());
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(module.title());
        assertThat(browser.texts(By.cssSelector("#lessons > li"))).as("lessons in order").isEqualTo(lessons);
        assertThat(browser.text(By.cssSelector(".nhsuk-back-link"))).isEqualTo("All training");
        browser.assertAccessible();

        browser.followLink("Start reading");
        assertOnLesson(browser, module, 1);
        assertThat(browser.isPresent(By.cssSelector(".nhsuk-pagination a[rel=prev]"))).as("no previous on lesson 1").isFalse();

        browser.follow(By.cssSelector(".nhsuk-pagination a[rel=next]"));
        assertOnLesson(browser, module, 2);

        browser.follow(By.cssSelector(".nhsuk-pagination a[rel=prev]"));
        assertOnLesson(browser, module, 1);

        for (int n = 2; n <= lessons.size(); n++) {
            browser.follow(By.cssSelector(".nhsuk-pagination a[rel=next]"));
            assertOnLesson(browser, module, n);
        }
        assertThat(browser.isPresent(By.cssSelector(".nhsuk-pagination a[rel=next]"))).as("no next on the last lesson").isFalse();

        browser.followLink("Back to the module");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(module.title());
        browser.assertAccessible();
    }

    private void assertOnLesson(Browser browser, ModuleSource module, int n) {
        List<String> lessons = CatalogueContent.lessonTitles(module);
        assertThat(browser.currentUri().getRawQuery()).contains("n=" + n);
        assertThat(browser.text(By.cssSelector("article h1"))).isEqualTo(lessons.get(n - 1));
        assertThat(browser.text(By.id("lesson-caption"))).isEqualTo(module.title() + ": lesson " + n + " of " + lessons.size());
        assertThat(browser.text(By.id("progress-text"))).isEqualTo("Lesson " + n + " of " + lessons.size());
        assertThat(browser.text(By.cssSelector(".nhsuk-back-link"))).isEqualTo("All lessons of this module");
        if (n > 1) {
            assertThat(browser.text(By.cssSelector(".nhsuk-pagination a[rel=prev] .nhsuk-pagination__page"))).isEqualTo(lessons.get(n - 2));
        }
        if (n < lessons.size()) {
            assertThat(browser.text(By.cssSelector(".nhsuk-pagination a[rel=next] .nhsuk-pagination__page"))).isEqualTo(lessons.get(n));
        }
        assertThat(browser.findAll(By.cssSelector("main .nhsuk-button"))).as("one main action: the next lesson or back to the module")
                .hasSize(1);
        browser.assertAccessible();
    }

    // ---- (b) keyboard

    @Test
    void skipLinkComesFirstAndEveryFilterWorksFromTheKeyboard(Browser browser) {
        browser.open(page(browser, "catalogue/index.xhtml"));

        WebElement first = browser.tab();
        assertThat(first.getText()).as("the first Tab stop").isEqualTo("Skip to main content");
        assertThat(first.getRect().getX()).as("the skip link shows itself when focused").isGreaterThanOrEqualTo(0);
        assertThat(browser.focusIsVisible()).isTrue();

        assertThat(browser.press(Keys.ENTER).getDomAttribute("id")).as("the skip link moves focus to main").isEqualTo("maincontent");

        WebElement search = browser.tab();
        assertThat(search.getDomAttribute("id")).isEqualTo("q");
        assertThat(browser.focusIsVisible()).as("focus ring on the search box").isTrue();
        String hint = search.getDomAttribute("aria-describedby");
        assertThat(hint).as("the search box has a hint").isNotBlank();
        assertThat(browser.find(By.id(hint)).isDisplayed()).as("shown, not a placeholder that vanishes").isTrue();
        browser.press(SEARCH_WORD);
        assertThat(browser.tab().getDomAttribute("id")).isEqualTo("audience");
        assertThat(browser.focusIsVisible()).as("focus ring on the audience select").isTrue();
        assertThat(browser.tab().getDomAttribute("id")).isEqualTo("area");
        assertThat(browser.focusIsVisible()).as("focus ring on the area select").isTrue();
        WebElement submit = browser.tab();
        assertThat(submit.getText()).isEqualTo("Show training");
        assertThat(browser.focusIsVisible()).as("focus ring on the button").isTrue();

        browser.navigate(() -> browser.press(Keys.ENTER));
        assertThat(browser.currentUri().getRawQuery()).contains("q=" + SEARCH_WORD);
        browser.assertAccessible();

        // On the filtered list every control, now with Clear, is still one Tab after another.
        browser.tab();
        WebElement focused = browser.focused();
        for (int presses = 0; presses < 15 && !"q".equals(focused.getDomAttribute("id")); presses++) {
            focused = browser.tab();
        }
        assertThat(focused.getDomAttribute("id")).as("the search box is reachable by Tab").isEqualTo("q");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            WebElement next = browser.tab();
            order.add(next.getDomAttribute("id") != null ? next.getDomAttribute("id") : next.getText());
            assertThat(browser.focusIsVisible()).as("focus visible on %s", order.get(i)).isTrue();
        }
        assertThat(order).containsExactly("audience", "area", "Show training", "Clear");
    }

    // ---- (c) showcases and guides

    @Test
    void readsAShowcaseThenTheModuleItLinksTo(Browser browser) {
        browser.open(browser.home());
        browser.follow(By.cssSelector("nav.nhsuk-header__navigation a[href*='showcases']"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Showcases");
        assertThat(browser.texts(By.cssSelector("#showcases .nhsuk-card__heading")))
                .containsExactlyInAnyOrderElementsOf(content.tree().showcases().stream().map(ShowcaseSource::title).toList());
        browser.assertAccessible();

        ShowcaseSource showcase = content.tree().showcases().stream()
                .filter(s -> !s.moduleSlugs().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the content needs a showcase that links to modules"));
        browser.followLink(showcase.title());
        assertThat(browser.text(By.cssSelector("article h1"))).isEqualTo(showcase.title());
        List<String> linkedTitles = showcase.moduleSlugs().stream().map(slug -> content.module(slug).title()).toList();
        By learnHow = By.xpath("//h2[normalize-space()='Learn how']/following-sibling::ul[1]//a");
        assertThat(browser.texts(learnHow)).as("the modules the story names, in its order").isEqualTo(linkedTitles);
        browser.assertAccessible();

        browser.follow(learnHow);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(linkedTitles.get(0));
        assertThat(browser.texts(By.xpath("//h2[normalize-space()='See it in practice']/following-sibling::ul[1]//a")))
                .as("and the module links back to the story").contains(showcase.title());
        browser.assertAccessible();
    }

    @Test
    void readsAGuideForPatients(Browser browser) {
        browser.open(browser.home());
        browser.follow(By.cssSelector("nav.nhsuk-header__navigation a[href*='guides']"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Guides for patients");
        List<GuideSource> guides = content.tree().guides();
        assertThat(browser.texts(By.cssSelector("#guides .nhsuk-card__heading")))
                .containsExactlyInAnyOrderElementsOf(guides.stream().map(GuideSource::title).toList());
        browser.assertAccessible();

        GuideSource guide = guides.get(0);
        browser.followLink(guide.title());
        assertThat(browser.text(By.cssSelector("article h1"))).isEqualTo(guide.title());
        assertThat(browser.text(By.id("guide-minutes"))).isEqualTo("Takes about " + guide.minutes() + " minutes");
        browser.assertAccessible();

        browser.followLink("All guides for patients");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Guides for patients");
    }

    // ---- (d) wrong addresses and odd filters

    @Test
    void anUnknownModuleGetsAFriendlyNotFoundPage(Browser browser) {
        String slug = "no-such-module-" + UUID.randomUUID();
        URI address = page(browser, "catalogue/module.xhtml?slug=" + slug);

        HttpResponse<String> response = get(address);
        assertThat(response.statusCode()).as("status of %s", address).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).as("a friendly page, never a stack trace")
                .contains("We could not find that module").doesNotContain("Caused by", ".java:");

        browser.open(address);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("We could not find that page");
        assertThat(browser.text(By.id("problem"))).startsWith("We could not find that module");
        assertThat(browser.title()).startsWith("Page not found");
        assertThat(browser.isPresent(By.linkText("Browse all training"))).isTrue();
        browser.assertAccessible();

        ModuleSource module = content.modules().get(0);
        URI noSuchLesson = page(browser, "catalogue/lesson.xhtml?slug=" + module.slug() + "&n=" + (module.lessons().size() + 1));
        assertThat(get(noSuchLesson).statusCode()).as("a lesson past the end").isEqualTo(404);
    }

    @Test
    void aSearchThatMatchesNothingShowsTheEmptyState(Browser browser) {
        String nonsense = "zqx" + UUID.randomUUID().toString().substring(0, 8);
        browser.open(page(browser, "catalogue/index.xhtml"));
        WebElement search = browser.find(By.id("q"));
        search.sendKeys(nonsense);
        browser.navigate(() -> search.sendKeys(Keys.ENTER));

        assertThat(browser.text(By.cssSelector("#no-results h2"))).isEqualTo("No training matches");
        assertThat(browser.findAll(By.cssSelector("#modules .nhsuk-card"))).isEmpty();
        assertThat(browser.text(By.id("result-count"))).isEmpty();
        assertThat(browser.find(By.id("q")).getDomProperty("value")).isEqualTo(nonsense);
        assertThat(browser.isPresent(By.linkText("Show all training"))).isTrue();
        browser.assertAccessible();

        browser.followLink("Show all training");
        assertThat(browser.findAll(By.cssSelector("#modules .nhsuk-card"))).isNotEmpty();
    }

    @Test
    void aNonsenseAudienceShowsANoticeAndEverythingNotAnError(Browser browser) {
        String nonsense = "<i>martians</i>";
        URI address = page(browser, "catalogue/index.xhtml?audience=" + URLEncoder.encode(nonsense, StandardCharsets.UTF_8));
        assertThat(get(address).statusCode()).isEqualTo(200);

        browser.open(address);
        WebElement notice = browser.find(By.cssSelector(".catalogue-notice"));
        assertThat(notice.getText()).isEqualTo("The audience \"" + nonsense + "\" is not one we know, so training for every audience is shown.");
        assertThat(notice.findElements(By.tagName("i"))).as("what was typed is shown as text, never as markup").isEmpty();
        assertThat(browser.text(By.id("result-count"))).endsWith("of " + content.modules().size() + " modules");
        assertThat(new Select(browser.find(By.id("audience"))).getFirstSelectedOption().getText()).isEqualTo("Everyone");
        browser.assertAccessible();
    }

    // ---- (e) paging

    @Test
    void pagesThroughTheWholeCatalogue(Browser browser) {
        int total = content.modules().size();
        assertThat(total).as("paging needs more modules than fit on one page").isGreaterThan(PAGE_SIZE);
        int onLastPage = total - PAGE_SIZE;

        browser.open(page(browser, "catalogue/index.xhtml"));
        assertThat(browser.text(By.id("result-count"))).isEqualTo("Showing 1 to 12 of " + total + " modules");
        List<String> firstPage = browser.texts(By.cssSelector("#modules .nhsuk-card__heading"));
        assertThat(firstPage).hasSize(PAGE_SIZE);
        int pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
        assertThat(browser.isPresent(By.cssSelector(".nhsuk-pagination a[rel=prev]"))).as("no previous page on page 1").isFalse();
        assertThat(browser.text(By.cssSelector(".nhsuk-pagination a[rel=next] .nhsuk-pagination__page"))).isEqualTo("Page 2 of " + pages);
        browser.assertAccessible();

        browser.follow(By.cssSelector(".nhsuk-pagination a[rel=next]"));
        assertThat(browser.currentUri().getRawQuery()).contains("page=2");
        assertThat(browser.text(By.id("result-count")))
                .isEqualTo("Showing 13 to " + Math.min(total, 2 * PAGE_SIZE) + " of " + total + " modules");
        List<String> secondPage = browser.texts(By.cssSelector("#modules .nhsuk-card__heading"));
        assertThat(secondPage).hasSize(Math.min(PAGE_SIZE, onLastPage)).doesNotContainAnyElementsOf(firstPage);
        assertThat(browser.text(By.cssSelector(".nhsuk-pagination a[rel=prev] .nhsuk-pagination__page"))).isEqualTo("Page 1 of " + pages);
        browser.assertAccessible();

        browser.follow(By.cssSelector(".nhsuk-pagination a[rel=prev]"));
        assertThat(browser.texts(By.cssSelector("#modules .nhsuk-card__heading"))).isEqualTo(firstPage);
        List<String> everything = new ArrayList<>(firstPage);
        everything.addAll(secondPage);
        assertThat(everything).containsExactlyInAnyOrderElementsOf(CatalogueContent.titles(content.modules()));
    }

    // ---- a phone-sized screen

    @Test
    void catalogueAndLessonFitAPhoneScreen(Browser browser) {
        ModuleSource module = content.modules().get(0);
        URI catalogue = page(browser, "catalogue/index.xhtml");
        URI lesson = page(browser, "catalogue/lesson.xhtml?slug=" + module.slug() + "&n=2");
        Path shots = Path.of(System.getProperty("academy.ui.screenshots", "target/ui-screenshots"));

        browser.open(catalogue);
        browser.screenshot(shots.resolve("ui-catalogue.png"));
        browser.open(lesson);
        browser.screenshot(shots.resolve("ui-lesson.png"));

        browser.resize(390, 844);
        for (URI address : List.of(catalogue, lesson)) {
            browser.open(address);
            assertThat(browser.horizontalOverflow()).as("sideways scrolling at 390 px on %s", address).isZero();
            browser.assertAccessible();
        }
        browser.screenshot(shots.resolve("ui-lesson-390.png"));
        browser.open(catalogue);
        browser.screenshot(shots.resolve("ui-catalogue-390.png"));
    }

    @Test
    void thePublicRegisterWorksOnAPhone(Browser browser) {
        browser.open(page(browser, "accreditation/register.xhtml"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Register of accredited digital practices");
        browser.assertAccessible();

        browser.resize(320, 700);
        WebElement search = browser.find(By.id("register:text"));
        search.sendKeys("Y0900");
        browser.navigate(() -> search.sendKeys(Keys.ENTER));
        assertThat(browser.find(By.id("register:text")).getDomProperty("value")).as("the search stays typed").isEqualTo("Y0900");
        assertThat(browser.text(By.id("register:table"))).as("the demo's practices in force, found by their codes")
                .contains("Castle Street Practice", "Millbrook Health Centre", "Orchard Lane Surgery")
                .doesNotContain("Harbour View Surgery");
        assertThat(browser.horizontalOverflow()).as("sideways scrolling at 320 px").isZero();
        browser.assertAccessible();
    }

    // ---- plumbing

    private URI page(Browser browser, String relative) {
        return browser.home().resolve(relative);
    }

    private static HttpResponse<String> get(URI address) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            return client.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
