package academy.catalogue.content;

import java.util.regex.Pattern;

/** Trimming of Markdown text that keeps its meaning: indentation of the first line matters. */
final class MarkdownText {

    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[ \\t]*\\n)+");

    private MarkdownText() {
    }

    static String withoutLeadingBlankLines(String markdown) {
        return LEADING_BLANK_LINES.matcher(markdown).replaceFirst("").stripTrailing();
    }
}
