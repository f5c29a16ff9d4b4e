package academy.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A writable copy of the valid test content tree, for tests that break exactly one thing in it
 * and look at what the reader says.
 */
final class ContentFixture {

    private final Path root;

    private ContentFixture(Path root) {
        this.root = root;
    }

    /** The valid tree on the test class path; read it, never write to it. */
    static Path validTree() {
        try {
            return Path.of(ContentFixture.class.getResource("/content-fixtures/valid").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ContentFixture copyOfValidTreeIn(Path directory) {
        Path root = directory.resolve("content");
        Path source = validTree();
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path target = root.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentFixture(root);
    }

    Path root() {
        return root;
    }

    ContentFixture write(String file, String text) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text that occurs exactly once in the file, so a test cannot edit the wrong spot. */
    ContentFixture replace(String file, String written, String replacement) {
        String text = text(file);
        assertThat(text.split(Pattern.quote(written), -1))
                .as("'%s' occurs exactly once in %s", written, file)
                .hasSize(2);
        return write(file, text.replace(written, replacement));
    }

    ContentFixture move(String from, String to) {
        try {
            Files.move(root.resolve(from), root.resolve(to));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture copy(String from, String to) {
        try (Stream<Path> paths = Files.walk(root.resolve(from))) {
            for (Path path : paths.toList()) {
                Path target = root.resolve(to).resolve(root.resolve(from).relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture delete(String fileOrDirectory) {
        try (Stream<Path> paths = Files.walk(root.resolve(fileOrDirectory))) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentTree read() {
        return new ContentReader().read(root);
    }

    /** The problems the reader reports; fails the test if it reports none. */
    List<ContentProblem> problems() {
        ContentInvalidException invalid = catchThrowableOfType(ContentInvalidException.class, this::read);
        assertThat(invalid).as("the reader rejects the tree").isNotNull();
        return invalid.problems();
    }

    /** Asserts that the reader reports exactly one problem, at this file and line. */
    void assertOnlyProblem(String file, int line, String messageFragment) {
        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains(messageFragment);
        });
    }
}
