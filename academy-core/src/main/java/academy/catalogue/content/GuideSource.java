package academy.catalogue.content;

import java.util.List;
import java.util.Objects;

/**
 * A step-by-step guide for patients, {@code guides/<slug>.md}.
 *
 * @param minutes how long following the guide takes
 * @param moduleSlugs the modules that teach staff and PPG members to help with it; may be empty
 */
public record GuideSource(
        String slug,
        String title,
        String summary,
        int minutes,
        List<String> tags,
        List<String> moduleSlugs,
        String markdown,
        String html) {

    public GuideSource {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        tags = List.copyOf(tags);
        moduleSlugs = List.copyOf(moduleSlugs);
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
    }
}
