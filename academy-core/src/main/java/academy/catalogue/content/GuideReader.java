package academy.catalogue.content;

import java.util.List;
import java.util.Optional;

/** Reads {@code guides/<slug>.md}: front matter, then the steps for patients. */
final class GuideReader {

    private static final List<String> KEYS = List.of("title", "summary", "minutes", "tags", "modules");

    private final TreeReading reading;

    GuideReader(TreeReading reading) {
        this.reading = reading;
    }

    Optional<GuideSource> read(TreeReading.SlugFile guide) {
        Problems problems = reading.problems();
        Optional<FrontMatter> frontMatter = reading.read(guide.path()).flatMap(file -> FrontMatter.read(file, problems));
        if (frontMatter.isEmpty()) {
            return Optional.empty();
        }
        int problemsBefore = problems.count();
        YamlMap keys = frontMatter.get().keys();
        keys.rejectUnknownKeys(KEYS);
        Optional<String> title = keys.requiredText("title");
        Optional<String> summary = keys.requiredText("summary");
        Optional<Integer> minutes = keys.requiredWholeNumber("minutes", 1, 600);
        List<String> tags = reading.tags(keys);
        List<String> modules = reading.moduleReferences(keys, keys.optionalList("modules"));
        String steps = frontMatter.get().body();
        if (steps.isBlank()) {
            keys.report(frontMatter.get().closingLine(), "the guide has no text after its front matter");
        }
        if (problems.foundSince(problemsBefore)) {
            return Optional.empty();
        }
        return Optional.of(new GuideSource(guide.slug(), title.orElseThrow(), summary.orElseThrow(),
                minutes.orElseThrow(), tags, modules, steps, reading.renderer().toHtml(steps)));
    }
}
