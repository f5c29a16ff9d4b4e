package academy.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check every browser journey relies on, {@link Browser#assertAccessible()}, proved able to fail:
 * small pages built for the purpose (no academy needed) that scroll sideways at 320 px or cut text
 * off must fail it, naming the element; a wide table in a labelled, focusable scroll region and
 * visually hidden text must not.
 */
class ReflowCheckUiIT {

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.headless(URI.create("about:blank"));
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static void show(String body) {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Fixture</title>"
                + "<style>body{margin:0;font:16px/1.5 sans-serif} .hidden{position:absolute;width:1px;height:1px;"
                + "overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}</style></head><body><main><h1>Fixture</h1>"
                + body + "</main></body></html>";
        browser.open(URI.create("data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20")));
    }

    private static long innerWidth() {
        return ((Number) browser.script("return window.innerWidth;")).longValue();
    }

    @Test
    void aPageWiderThanAPhoneFailsAndTheWideElementIsNamed() {
        show("<p>Fine at 1280 px.</p><div id=\"too-wide\" style=\"width:600px\">Six hundred pixels of content</div>");
        assertThatThrownBy(browser::assertAccessible)
                .hasMessageContaining("the page scrolls sideways")
                .hasMessageContaining("id=\"too-wide\"")
                .hasMessageContaining("at 320 px");
        assertThat(innerWidth()).as("the window is back at desktop width").isEqualTo(1280);
    }

    @Test
    void textCutOffByHiddenOverflowFails() {
        show("<p id=\"cut\" class=\"label\" style=\"overflow:hidden;white-space:nowrap;width:120px\">"
                + "A module title far too long for its box</p>");
        assertThatThrownBy(browser::assertAccessible)
                .hasMessageContaining("id=\"cut\" class=\"label\"")
                .hasMessageContaining("hides content wider than itself (overflow-x: hidden)")
                .hasMessageNotContaining("the page scrolls sideways");
    }

    @Test
    void anUnlabelledScrollRegionDoesNotExcuseCutText() {
        show("<div tabindex=\"0\" role=\"region\" style=\"overflow-x:auto\"><p id=\"cut-inside\""
                + " style=\"overflow:hidden;white-space:nowrap;width:120px\">A module title far too long for its box</p></div>");
        assertThatThrownBy(browser::assertAccessible).hasMessageContaining("id=\"cut-inside\"");
    }

    @Test
    void aWideTableInALabelledScrollRegionAndVisuallyHiddenTextPass() {
        show("<div tabindex=\"0\" role=\"region\" aria-label=\"Training by person\" style=\"overflow-x:auto\">"
                + "<table style=\"width:900px\"><caption>Training by person</caption><tr><th scope=\"col\">Name</th>"
                + "<th scope=\"col\">Module</th></tr><tr><td>Ann Example</td><td style=\"overflow:hidden;white-space:nowrap;"
                + "max-width:40px\">Information governance</td></tr></table></div>"
                + "<p>Status <span class=\"hidden\">of the whole practice, written out for screen readers</span></p>");
        browser.assertAccessible();
        assertThat(innerWidth()).isEqualTo(1280);
    }

    @Test
    void anAxeViolationOfAnyImpactFails() {
        // A moderate-impact WCAG rule, which the harness let through until now: xml:lang that
        // disagrees with lang on the html element (WCAG 3.1.1).
        show("<p>Fine otherwise.</p>");
        browser.script("document.documentElement.setAttribute('xml:lang', 'fr');");
        assertThatThrownBy(browser::assertAccessible).hasMessageContaining("html-xml-lang-mismatch [moderate]");
    }

    @Test
    void aWcag22ViolationFails() {
        // WCAG 2.2 SC 2.5.8: two 10 px targets side by side.
        show("<p><a href=\"#a\" style=\"display:inline-block;width:10px;height:10px;overflow:hidden\">A</a>"
                + "<a href=\"#b\" style=\"display:inline-block;width:10px;height:10px;overflow:hidden\">B</a></p>");
        assertThatThrownBy(browser::assertAccessible).hasMessageContaining("target-size");
    }
}
