package academy.web.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import academy.web.Deployments;

/**
 * Copies of the real content tree with deliberate changes, and the academy WAR pointed at one of
 * them. The override travels inside the WAR as a MicroProfile Config file whose ordinal beats the
 * environment variable the other tests use.
 */
final class ContentTrees {

    static final String BROKEN_MODULE = "digital-champion";
    static final String CHANGED_MODULE = "online-access-registration";
    static final String ADDED_SENTENCE = "This sentence was added to make a new version of the module.";
    static final String SENTENCE_IN_BROKEN_TREE = "This sentence stands in a tree that must be rejected whole.";

    private ContentTrees() {
    }

    static Path realContent() {
        String configured = System.getenv("ACADEMY_CONTENT_DIR");
        return Path.of(configured == null ? "../content" : configured).toAbsolutePath().normalize();
    }

    /** A fresh copy of the real tree under target/, named {@code name}. */
    static Path copyOfRealContent(String name) {
        Path target = Path.of("target", "it-content", name).toAbsolutePath();
        try {
            if (Files.exists(target)) {
                try (Stream<Path> old = Files.walk(target)) {
                    old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Path source = realContent();
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends {@code sentence} to the changed module's first lesson. */
    static void changeALesson(Path tree, String sentence) {
        Path lesson = firstLesson(tree.resolve("modules").resolve(CHANGED_MODULE).resolve("lessons"));
        try {
            Files.writeString(lesson, Files.readString(lesson).stripTrailing() + "\n\n" + sentence + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the broken module's first correct answer one that is not an option.
     *
     * @return the 1-based line of quiz.yaml that now holds the bad answer
     */
    static int breakAQuizAnswer(Path tree) {
        Path quiz = tree.resolve("modules").resolve(BROKEN_MODULE).resolve("quiz.yaml");
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(quiz));
            for (int i = 0; i < lines.size() - 1; i++) {
                if (lines.get(i).strip().startsWith("correct:") && lines.get(i + 1).strip().startsWith("- ")) {
                    String indent = lines.get(i + 1).substring(0, lines.get(i + 1).indexOf('-'));
                    lines.set(i + 1, indent + "- An answer that is not among the options");
                    Files.write(quiz, lines);
                    return i + 2;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no block-style correct answer in " + quiz);
    }

    /** The academy WAR that loads {@code tree} instead of the configured content. */
    static WebArchive academyLoading(Path tree) {
        return Deployments.academy().addAsResource(
                new StringAsset("config_ordinal=500\nacademy.content.dir=" + tree + "\n"),
                "META-INF/microprofile-config.properties");
    }

    private static Path firstLesson(Path lessons) {
        try (Stream<Path> files = Files.list(lessons)) {
            return files.filter(f -> f.getFileName().toString().startsWith("01-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no first lesson in " + lessons));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
