package academy.catalogue.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter (between two {@code ---} lines at the top)
 * and its body.
 *
 * @param closingLine the line of the closing {@code ---}
 */
record FrontMatter(YamlMap keys, String body, int closingLine) {

    private static final String FENCE = "---";

    static Optional<FrontMatter> read(ContentFile file, Problems problems) {
        String[] lines = file.text().split("\n", -1);
        if (!lines[0].strip().equals(FENCE)) {
            problems.report(file.name(), 1,
                    "the file must start with front matter: a '---' line, the keys, then another '---' line");
            return Optional.empty();
        }
        int closing = 1;
        while (closing < lines.length && !lines[closing].strip().equals(FENCE)) {
            closing++;
        }
        if (closing == lines.length) {
            problems.report(file.name(), 1, "the front matter is never closed: add a '---' line after its keys");
            return Optional.empty();
        }
        String yaml = String.join("\n", Arrays.asList(lines).subList(1, closing));
        String body = String.join("\n", Arrays.asList(lines).subList(closing + 1, lines.length));
        int closingLine = closing + 1;
        return YamlDocument.parseMapping(file, yaml, 1, problems)
                .map(keys -> new FrontMatter(keys, MarkdownText.withoutLeadingBlankLines(body), closingLine));
    }
}
