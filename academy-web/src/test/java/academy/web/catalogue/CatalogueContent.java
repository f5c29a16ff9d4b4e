package academy.web.catalogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import academy.catalogue.Audience;
import academy.catalogue.content.ContentReader;
import academy.catalogue.content.ContentTree;
import academy.catalogue.content.LessonSource;
import academy.catalogue.content.ModuleSource;

/**
 * The content tree the academy under test loaded at start-up: the journeys' fixture. The pages
 * are checked against these files, so a test knows what should be listed without copying titles
 * into the test, and keeps passing when authors add or rename modules.
 */
public final class CatalogueContent {

    private final ContentTree tree;

    private CatalogueContent(ContentTree tree) {
        this.tree = tree;
    }

    /** Reads the directory failsafe gives the academy (ACADEMY_CONTENT_DIR), else the repository's content/. */
    public static CatalogueContent loaded() {
        String dir = Optional.ofNullable(System.getenv("ACADEMY_CONTENT_DIR")).filter(d -> !d.isBlank())
                .orElse(System.getProperty("academy.content.dir", "../content"));
        return new CatalogueContent(new ContentReader().read(Path.of(dir)));
    }

    public ContentTree tree() {
        return tree;
    }

    List<ModuleSource> modules() {
        return tree.modules();
    }

    public ModuleSource module(String slug) {
        return tree.findModule(slug).orElseThrow(() -> new AssertionError("no module " + slug + " in the content"));
    }

    Optional<ModuleSource> moduleTitled(String title) {
        return tree.modules().stream().filter(m -> m.title().equals(title)).findFirst();
    }

    /**
     * What the catalogue should list for an audience and a search word: modules for that audience
     * or for everyone whose title or summary contains the word, ignoring case.
     */
    List<ModuleSource> matching(Audience audience, String word) {
        return tree.modules().stream()
                .filter(m -> m.audience() == audience || m.audience() == Audience.BOTH)
                .filter(m -> mentions(m, word))
                .toList();
    }

    static boolean mentions(ModuleSource module, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return module.title().toLowerCase(Locale.ROOT).contains(w) || module.summary().toLowerCase(Locale.ROOT).contains(w);
    }

    static List<String> titles(List<ModuleSource> modules) {
        return modules.stream().map(ModuleSource::title).toList();
    }

    static List<String> lessonTitles(ModuleSource module) {
        return module.lessons().stream().map(LessonSource::title).toList();
    }
}
