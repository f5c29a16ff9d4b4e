package academy.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>\n\nText.",
            "Text <script>alert(1)</script> inline.",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "Text <img src=x onerror=alert(1)> inline.",
            "<p onerror=\"alert(1)\" onclick=\"alert(2)\">Text</p>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<javascript:alert(1)>",
            "[click](vbscript:msgbox(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<a href=\"https://example.org\" onmouseover=\"alert(1)\">link</a>",
            "<style>body { display: none }</style>",
            "[t](https://example.org \"x\\\" onmouseover=alert(1) y=\\\"\")"
    })
    void neverLetsContentRunScript(String markdown) {
        String html = renderer.toHtml(markdown);

        // Text such as "javascript:alert(1)" is harmless; what matters is what the tags can do.
        List<String> tags = Pattern.compile("<[^>]*>").matcher(html).results().map(MatchResult::group).toList();
        assertThat(tags).allSatisfy(tag -> assertThat(tag.toLowerCase(Locale.ROOT))
                .doesNotContain("<script", "<img", "<iframe", "<style", "src=", "javascript:", "vbscript:", "data:")
                .doesNotContainPattern("\\son[a-z]+\\s*="));
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "onerror=", "onclick=", "onmouseover=");
    }

    @Test
    void removesRawHtmlButKeepsTheMarkdownAroundIt() {
        assertThat(renderer.toHtml("Before <b onclick=\"x()\">bold</b> after."))
                .isEqualTo("<p>Before bold after.</p>\n");
    }

    @Test
    void keepsTextThatOnlyLooksLikeHtmlAsText() {
        assertThat(renderer.toHtml("Write &lt;script&gt; if 1 < 2."))
                .isEqualTo("<p>Write &lt;script&gt; if 1 &lt; 2.</p>\n");
    }

    @Test
    void keepsLinksToWebMailAndRelativeAddressesAndStopsThemReachingBackToThePage() {
        String html = renderer.toHtml(
                "[a](https://example.org/a) [b](http://example.org/b) [c](mailto:practice@example.org) [d](../guides/x)");

        assertThat(html).contains("href=\"https://example.org/a\"", "href=\"http://example.org/b\"",
                "href=\"mailto:practice&#64;example.org\"", "href=\"../guides/x\"");
        List<String> links = Pattern.compile("<a [^>]*>").matcher(html).results().map(MatchResult::group).toList();
        assertThat(links).hasSize(4).allSatisfy(link -> assertThat(link).endsWith(" rel=\"noopener noreferrer\">"));
    }

    @Test
    void keepsOrdinaryFormattingHeadingsListsTablesCodeAndQuotes() {
        String markdown = """
                # Heading

                ## Sub-heading

                > A quote with *emphasis* and **strength**.

                - one
                - two

                3. three

                | Left | Centre |
                |:-----|:------:|
                | 1    | 2      |

                ```java
                int answer = 42;
                ```

                Inline `code`.

                ---
                """;

        assertThat(renderer.toHtml(markdown)).isEqualTo("""
                <h1>Heading</h1>
                <h2>Sub-heading</h2>
                <blockquote>
                <p>A quote with <em>emphasis</em> and <strong>strength</strong>.</p>
                </blockquote>
                <ul><li>one</li><li>two</li></ul>
                <ol start="3"><li>three</li></ol>
                <table><thead><tr><th align="left">Left</th><th align="center">Centre</th></tr></thead>\
                <tbody><tr><td align="left">1</td><td align="center">2</td></tr></tbody></table>
                <pre><code class="language-java">int answer &#61; 42;
                </code></pre>
                <p>Inline <code>code</code>.</p>
                <hr />
                """);
    }
}
