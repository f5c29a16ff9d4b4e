package academy.catalogue.content;

import academy.catalogue.Area;
import java.util.List;
import java.util.Objects;

/**
 * A best-practice story, {@code showcases/<slug>.md}.
 *
 * @param moduleSlugs the modules that teach what the story shows
 * @param markdown the story after the front matter, as written
 * @param html the story rendered and sanitised by {@link MarkdownRenderer}
 */
public record ShowcaseSource(
        String slug,
        String title,
        String practice,
        String locality,
        Area area,
        String summary,
        List<String> tags,
        List<String> moduleSlugs,
        String markdown,
        String html) {

    public ShowcaseSource {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(locality, "locality");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(summary, "summary");
        tags = List.copyOf(tags);
        moduleSlugs = List.copyOf(moduleSlugs);
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
    }
}
