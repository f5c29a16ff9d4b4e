package academy.catalogue.content;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Parses the YAML of a content file into a {@link YamlMap}.
 *
 * <p>It uses SnakeYAML's compose step rather than loading Java objects: the node tree keeps the
 * line of every key and value (so problems point at the exact line), no Java type is ever
 * instantiated from content, and scalars keep the text the author wrote ({@code Yes} stays
 * {@code Yes} instead of becoming a boolean).
 */
public final class YamlDocument {

    private YamlDocument() {
    }

    /**
     * @param linesBefore how many lines of the file come before the YAML text (1 for front
     *     matter, after its opening {@code ---}); added to every line SnakeYAML reports
     */
    public static Optional<YamlMap> parseMapping(ContentFile file, String yamlText, int linesBefore, Problems problems) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            problems.report(file.name(), lineOf(e, linesBefore), "YAML cannot be read: " + describe(e));
            return Optional.empty();
        } catch (ReaderException e) {
            int line = linesBefore + lineAt(yamlText, e.getPosition());
            problems.report(file.name(), line, "YAML cannot be read: character 0x"
                    + Integer.toHexString(e.getCodePoint()) + " is not allowed");
            return Optional.empty();
        } catch (YAMLException e) {
            problems.report(file.name(), linesBefore + 1, "YAML cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            problems.report(file.name(), linesBefore + 1, "no keys: the file is empty");
            return Optional.empty();
        }
        YamlMap.Origin origin = new YamlMap.Origin(file.name(), linesBefore);
        if (!(root instanceof MappingNode mapping)) {
            problems.report(file.name(), origin.lineOf(root), "expected keys and values, such as 'title: ...'");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(mapping, origin, problems));
    }

    private static int lineOf(MarkedYAMLException e, int linesBefore) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? linesBefore + 1 : linesBefore + mark.getLine() + 1;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
        return e.getContext() == null ? problem : problem + " (" + e.getContext() + ")";
    }

    private static int lineAt(String text, int position) {
        int line = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
