package academy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layers of academy-core hold: a package uses only packages on its own layer or below, and no
 * two features on one layer use each other. From the bottom:
 * <ol>
 * <li>{@code shared}</li>
 * <li>{@code account}, {@code audit}, {@code evidence}</li>
 * <li>{@code practice}</li>
 * <li>{@code catalogue}, {@code signin} (sign-in reads people and memberships; nothing in core uses it)</li>
 * <li>{@code learning}</li>
 * <li>{@code accreditation}</li>
 * <li>{@code certificate}</li>
 * <li>{@code demo}, {@code startup}</li>
 * </ol>
 * A feature's sub-packages ({@code accreditation.scheme}, {@code catalogue.content}) are on the
 * feature's layer. The web module sits on top of all of them. "Uses" means an import, or a
 * fully qualified name in the code (JPQL names enums that way); comments do not count.
 */
class LayersTest {

    static final List<Set<String>> LAYERS = List.of(
            Set.of("shared"),
            Set.of("account", "audit", "evidence"),
            Set.of("practice"),
            Set.of("catalogue", "signin"),
            Set.of("learning"),
            Set.of("accreditation"),
            Set.of("certificate"),
            Set.of("demo", "startup"));

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** A name of a class in one of the academy's packages: the lower-case segments are the package. */
    private static final Pattern ACADEMY_NAME = Pattern.compile("\\bacademy((?:\\.[a-z]\\w*)+)\\.[A-Z]");

    @Test
    void everyPackageUsesOnlyItsOwnLayerAndTheLayersBelow() {
        List<String> upward = new ArrayList<>();
        usesByFile().forEach((file, used) -> {
            String feature = featureOf(file.from());
            for (String other : used) {
                if (layerOf(other) > layerOf(feature)) {
                    upward.add(file.name() + " (" + feature + ", layer " + layerOf(feature) + ") uses " + other
                            + " (layer " + layerOf(other) + ")");
                }
            }
        });
        assertThat(upward).as("uses of a higher layer").isEmpty();
    }

    @Test
    void noTwoFeaturesUseEachOther() {
        Map<String, Set<String>> uses = new TreeMap<>();
        usesByFile().forEach((file, used) -> uses.computeIfAbsent(featureOf(file.from()), f -> new TreeSet<>()).addAll(used));
        List<String> mutual = new ArrayList<>();
        uses.forEach((feature, used) -> used.stream()
                .filter(other -> feature.compareTo(other) < 0 && uses.getOrDefault(other, Set.of()).contains(feature))
                .forEach(other -> mutual.add(feature + " <-> " + other)));
        assertThat(mutual).as("features that use each other").isEmpty();
    }

    @Test
    void everyFeatureHasItsPlaceOnALayer() {
        Set<String> features = new TreeSet<>();
        usesByFile().forEach((file, used) -> {
            features.add(featureOf(file.from()));
            features.addAll(used);
        });
        assertThat(features).as("features on no layer").allMatch(f -> layerOf(f) >= 0);
        assertThat(features).as("the sources were read").contains("shared", "accreditation", "demo", "startup");
    }

    @Test
    void theRuleSeesAnUpwardUse() {
        String source = """
                package academy.practice;

                import academy.shared.Actor;
                // academy.learning.Completion in a comment is no use
                /** Neither is {@link academy.certificate.Certificate}. */
                class Example {
                    String query = "SELECT c FROM Completion c WHERE c.status = academy.learning.TrainingStatus.DUE";
                }
                """;
        assertThat(usedFeatures(source, "academy.practice")).containsExactlyInAnyOrder("shared", "learning");
        assertThat(layerOf("learning")).isGreaterThan(layerOf("practice"));
    }

    private record SourceFile(String name, String from) implements Comparable<SourceFile> {
        @Override
        public int compareTo(SourceFile other) {
            return name.compareTo(other.name);
        }
    }

    /** For every main source file, the features (other than its own) that it uses. */
    private static Map<SourceFile, Set<String>> usesByFile() {
        Map<SourceFile, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(path -> {
                String source = read(path);
                String pkg = packageOf(source).orElseThrow(() -> new AssertionError(path + " has no package"));
                uses.put(new SourceFile(SOURCES.relativize(path).toString(), pkg), usedFeatures(source, pkg));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(uses).as("main sources under " + SOURCES.toAbsolutePath()).isNotEmpty();
        return uses;
    }

    private static Set<String> usedFeatures(String source, String ownPackage) {
        Set<String> used = new TreeSet<>();
        Matcher name = ACADEMY_NAME.matcher(withoutComments(source));
        while (name.find()) {
            String feature = featureOf("academy" + name.group(1));
            if (!feature.equals(featureOf(ownPackage))) {
                used.add(feature);
            }
        }
        return used;
    }

    /** {@code academy.accreditation.scheme} → {@code accreditation}. */
    static String featureOf(String pkg) {
        String[] parts = pkg.split("\\.");
        return parts.length > 1 ? parts[1] : pkg;
    }

    static int layerOf(String feature) {
        for (int layer = 0; layer < LAYERS.size(); layer++) {
            if (LAYERS.get(layer).contains(feature)) {
                return layer;
            }
        }
        return -1;
    }

    private static Optional<String> packageOf(String source) {
        Matcher matcher = PACKAGE.matcher(source);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The source with its comments blanked out; string literals (where JPQL lives) are kept. */
    static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int lineEnd = source.indexOf('\n', i);
                i = lineEnd < 0 ? source.length() : lineEnd;
            } else if (source.startsWith("/*", i)) {
                i = endOf(source, "*/", i + 2);
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = endOf(source, "\"\"\"", i + 3);
                code.append(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, source.length());
                code.append(source, i, end);
                i = end;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** The index just after the next {@code token} from {@code from}, or the end of the source. */
    private static int endOf(String source, String token, int from) {
        int at = source.indexOf(token, from);
        return at < 0 ? source.length() : at + token.length();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
