package academy.catalogue.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One reading of a content tree: where it is, the problems found so far and the module
 * references still to be checked. The readers of each kind of file share it.
 */
final class TreeReading {

    /** A file whose name is the slug of what it holds, such as {@code showcases/<slug>.md}. */
    record SlugFile(String slug, Path path) {
    }

    private final Path root;
    private final MarkdownRenderer renderer;
    private final Problems problems = new Problems();
    private final List<ModuleReference> references = new ArrayList<>();

    TreeReading(Path root, MarkdownRenderer renderer) {
        this.root = root;
        this.renderer = renderer;
    }

    Problems problems() {
        return problems;
    }

    MarkdownRenderer renderer() {
        return renderer;
    }

    List<ModuleReference> references() {
        return List.copyOf(references);
    }

    /** The path relative to the content root, with forward slashes on every platform. */
    String name(Path path) {
        Path relative = root.relativize(path);
        return relative.toString().isEmpty()
                ? "."
                : Stream.iterate(0, i -> i < relative.getNameCount(), i -> i + 1)
                        .map(i -> relative.getName(i).toString())
                        .collect(Collectors.joining("/"));
    }

    void report(Path path, int line, String message) {
        problems.report(name(path), line, message);
    }

    /** Reads a file that must exist; reports {@code whenMissing} if it does not. */
    Optional<ContentFile> readRequired(Path path, String whenMissing) {
        if (!Files.isRegularFile(path)) {
            report(path, 1, whenMissing);
            return Optional.empty();
        }
        return read(path);
    }

    Optional<ContentFile> read(Path path) {
        try {
            return Optional.of(ContentFile.of(name(path), Files.readString(path, StandardCharsets.UTF_8)));
        } catch (CharacterCodingException e) {
            report(path, 1, "the file is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            report(path, 1, "the file cannot be read: " + e);
        }
        return Optional.empty();
    }

    /** Sub-directories in name order; hidden ones (".git", ...) are not content. */
    List<Path> directories(Path dir) {
        return entries(dir, Files::isDirectory);
    }

    /** Regular files in name order; hidden ones (".gitkeep", ".DS_Store", ...) are not content. */
    List<Path> files(Path dir) {
        return entries(dir, Files::isRegularFile);
    }

    /**
     * The files of one kind in a directory, keyed by slug. Files with other extensions, and a
     * README that explains the folder to authors, are not content and are skipped.
     */
    List<SlugFile> slugFiles(Path dir, List<String> extensions, String kind) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Map<String, Path> bySlug = new LinkedHashMap<>();
        for (Path file : files(dir)) {
            String fileName = file.getFileName().toString();
            Optional<String> extension = extensions.stream().filter(fileName::endsWith).findFirst();
            if (extension.isEmpty()) {
                continue;
            }
            String slug = fileName.substring(0, fileName.length() - extension.get().length());
            if (slug.equalsIgnoreCase("readme")) {
                continue;
            }
            checkSlug(slug, file, kind);
            Path earlier = bySlug.putIfAbsent(slug, file);
            if (earlier != null) {
                report(file, 1, "duplicate " + kind + " slug '" + slug + "': " + name(earlier) + " already uses it");
            }
        }
        return bySlug.entrySet().stream().map(entry -> new SlugFile(entry.getKey(), entry.getValue())).toList();
    }

    void checkSlug(String slug, Path where, String kind) {
        if (!Slug.isWellFormed(slug)) {
            report(where, 1, "'" + slug + "' is not a valid " + kind
                    + " slug: use lower-case letters, digits and single hyphens, such as 'online-access'");
        }
    }

    /** The optional {@code tags} of a file, each checked for shape. */
    List<String> tags(YamlMap keys) {
        List<YamlValue> tags = keys.optionalList("tags");
        for (YamlValue tag : tags) {
            if (!Slug.isWellFormed(tag.text())) {
                keys.report(tag.line(), "tag '" + tag.text()
                        + "' must be lower-case words joined by hyphens, such as 'online-access'");
            }
        }
        return tags.stream().map(YamlValue::text).toList();
    }

    /** Module slugs named by a file; they are checked once every module has been found. */
    List<String> moduleReferences(YamlMap keys, List<YamlValue> slugs) {
        Set<String> seen = new HashSet<>();
        for (YamlValue slug : slugs) {
            if (!seen.add(slug.text())) {
                keys.report(slug.line(), "module '" + slug.text() + "' is listed twice");
            }
            references.add(new ModuleReference(slug.text(), keys.file(), slug.line()));
        }
        return slugs.stream().map(YamlValue::text).toList();
    }

    private List<Path> entries(Path dir, Predicate<Path> kind) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(path -> !path.getFileName().toString().startsWith("."))
                    .filter(kind)
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            report(dir, 1, "the directory cannot be read: " + e);
            return List.of();
        }
    }
}
