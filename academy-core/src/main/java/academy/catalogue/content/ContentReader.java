package academy.catalogue.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a whole content tree and validates it.
 *
 * <p>It never stops at the first mistake: every file is read and every problem collected, so an
 * author can fix them all in one go. Either the whole tree is valid and comes back as a
 * {@link ContentTree}, or nothing comes back and {@link ContentInvalidException} lists every
 * problem by file and line. Files the format does not describe (a README, the kite-mark scheme)
 * are left alone. Safe to use from several threads; each {@link #read} is independent.
 */
public final class ContentReader {

    private static final List<String> MARKDOWN = List.of(".md", ".markdown");
    private static final List<String> YAML = List.of(".yaml", ".yml");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /**
     * @param root the content directory, holding {@code modules/} and optionally
     *     {@code showcases/}, {@code guides/} and {@code paths/}
     * @throws ContentInvalidException with every problem found, if there is any
     */
    public ContentTree read(Path root) {
        Objects.requireNonNull(root, "root");
        if (!Files.isDirectory(root)) {
            String problem = Files.exists(root) ? " is not a directory" : " does not exist";
            throw new ContentInvalidException(List.of(new ContentProblem(".", 1,
                    "the content directory " + root.toAbsolutePath().normalize() + problem)));
        }
        TreeReading reading = new TreeReading(root, renderer);

        Path modulesDir = root.resolve("modules");
        boolean hasModulesDir = Files.isDirectory(modulesDir);
        List<Path> moduleDirs = List.of();
        if (hasModulesDir) {
            moduleDirs = reading.directories(modulesDir);
        } else {
            reading.report(modulesDir, 1, "missing directory: a content tree keeps its modules in modules/<slug>/");
        }
        ModuleReader modules = new ModuleReader(reading);
        List<ModuleSource> moduleSources = moduleDirs.stream().map(modules::read).flatMap(Optional::stream).toList();

        ShowcaseReader showcases = new ShowcaseReader(reading);
        List<ShowcaseSource> showcaseSources = reading.slugFiles(root.resolve("showcases"), MARKDOWN, "showcase").stream()
                .map(showcases::read).flatMap(Optional::stream).toList();

        GuideReader guides = new GuideReader(reading);
        List<GuideSource> guideSources = reading.slugFiles(root.resolve("guides"), MARKDOWN, "guide").stream()
                .map(guides::read).flatMap(Optional::stream).toList();

        PathReader paths = new PathReader(reading);
        List<PathSource> pathSources = reading.slugFiles(root.resolve("paths"), YAML, "path").stream()
                .map(paths::read).flatMap(Optional::stream).toList();

        // Without a modules directory every reference would be reported too: one problem is enough.
        if (hasModulesDir) {
            Set<String> moduleSlugs = moduleDirs.stream()
                    .map(dir -> dir.getFileName().toString())
                    .collect(Collectors.toSet());
            for (ModuleReference reference : reading.references()) {
                if (!moduleSlugs.contains(reference.slug())) {
                    reading.problems().report(reference.file(), reference.line(),
                            "no module '" + reference.slug() + "' exists: modules/" + reference.slug() + "/ is missing");
                }
            }
        }

        if (reading.problems().count() > 0) {
            throw new ContentInvalidException(reading.problems().inFileOrder());
        }
        return new ContentTree(moduleSources, showcaseSources, guideSources, pathSources);
    }
}
