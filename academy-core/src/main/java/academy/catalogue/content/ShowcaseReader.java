package academy.catalogue.content;

import academy.catalogue.Area;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads {@code showcases/<slug>.md}: front matter, then the story. */
final class ShowcaseReader {

    private static final List<String> KEYS = List.of("title", "practice", "locality", "area", "summary", "tags", "modules");

    private final TreeReading reading;

    ShowcaseReader(TreeReading reading) {
        this.reading = reading;
    }

    Optional<ShowcaseSource> read(TreeReading.SlugFile showcase) {
        Problems problems = reading.problems();
        Optional<FrontMatter> frontMatter = reading.read(showcase.path()).flatMap(file -> FrontMatter.read(file, problems));
        if (frontMatter.isEmpty()) {
            return Optional.empty();
        }
        int problemsBefore = problems.count();
        YamlMap keys = frontMatter.get().keys();
        keys.rejectUnknownKeys(KEYS);
        Optional<String> title = keys.requiredText("title");
        Optional<String> practice = keys.requiredText("practice");
        Optional<String> locality = keys.requiredText("locality");
        Optional<Area> area = keys.requiredChoice("area", Area::fromSlug, Stream.of(Area.values()).map(Area::slug).toList());
        Optional<String> summary = keys.requiredText("summary");
        List<String> tags = reading.tags(keys);
        Optional<List<String>> modules = keys.requiredList("modules").map(slugs -> reading.moduleReferences(keys, slugs));
        String story = frontMatter.get().body();
        if (story.isBlank()) {
            keys.report(frontMatter.get().closingLine(), "the showcase has no story after its front matter");
        }
        if (problems.foundSince(problemsBefore)) {
            return Optional.empty();
        }
        return Optional.of(new ShowcaseSource(showcase.slug(), title.orElseThrow(), practice.orElseThrow(),
                locality.orElseThrow(), area.orElseThrow(), summary.orElseThrow(), tags, modules.orElseThrow(),
                story, reading.renderer().toHtml(story)));
    }
}
