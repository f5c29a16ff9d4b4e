package academy.catalogue.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns content Markdown into HTML that is safe to put in a page as is.
 *
 * <p>Two defences, because content is written by many hands and shown to everyone: raw HTML in
 * the Markdown is removed before rendering (the content rules forbid it), and the rendered HTML
 * then passes an allow-list sanitiser that keeps only text formatting, headings, lists, tables,
 * code, quotes and links to {@code https:}, {@code http:}, {@code mailto:} or relative addresses.
 * Nothing can run script, load a resource or style the page. Instances are immutable and may be
 * shared between threads.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    /**
     * Written on every link by the renderer rather than left to the sanitiser alone, because the
     * sanitiser adds missing rel values in an order that changes from run to run, and the same
     * content must always give the same HTML.
     */
    private static final String LINK_REL = "noopener noreferrer";

    private static final PolicyFactory ALLOWED = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
                    "strong", "em", "b", "i", "del", "s", "code", "pre", "blockquote",
                    "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a")
            .allowAttributes("rel").matching(Pattern.compile(LINK_REL)).onElements("a")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#-]{1,40}")).onElements("code")
            .allowUrlProtocols("https", "http", "mailto")
            // A link out of the academy must not hand the destination a handle on our page or tell
            // it where the reader came from. The renderer already writes the rel; this is the backstop.
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", LINK_REL);
                }
            })
            .build();

    public String toHtml(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        Node document = parser.parse(markdown);
        removeRawHtml(document);
        return ALLOWED.sanitize(renderer.render(document));
    }

    private static void removeRawHtml(Node document) {
        List<Node> rawHtml = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock htmlBlock) {
                rawHtml.add(htmlBlock);
            }

            @Override
            public void visit(HtmlInline htmlInline) {
                rawHtml.add(htmlInline);
            }
        });
        rawHtml.forEach(Node::unlink);
    }
}
