package academy.catalogue.content;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The keys and values of one YAML mapping, read with the type each content key needs.
 *
 * <p>Every accessor reports what is wrong (missing, wrong type, out of range...) at the most
 * precise line it knows and returns an empty result; it never throws for bad content.
 */
public final class YamlMap {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?[0-9]+");
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on");

    /** Where a mapping's nodes sit in a content file. */
    record Origin(String file, int linesBefore) {

        int lineOf(Node node) {
            return linesBefore + node.getStartMark().getLine() + 1;
        }
    }

    private final MappingNode mapping;
    private final Origin origin;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(MappingNode mapping, Origin origin, Problems problems) {
        this.mapping = mapping;
        this.origin = origin;
        this.problems = problems;
        for (NodeTuple entry : mapping.getValue()) {
            Node key = entry.getKeyNode();
            if (!(key instanceof ScalarNode scalarKey)) {
                report(key, "a key must be a plain word, such as 'title'");
            } else if (entries.containsKey(scalarKey.getValue())) {
                report(key, "key '" + scalarKey.getValue() + "' is written twice");
            } else {
                entries.put(scalarKey.getValue(), entry);
            }
        }
    }

    public String file() {
        return origin.file();
    }

    /** The line the mapping starts on. */
    public int line() {
        return origin.lineOf(mapping);
    }

    /** The line of the key, or of the whole mapping when the key is absent. */
    public int lineOf(String key) {
        NodeTuple entry = entries.get(key);
        return entry == null ? line() : origin.lineOf(entry.getKeyNode());
    }

    /** Reports every key not in {@code known}: in hand-written files an unknown key is a typo. */
    public void rejectUnknownKeys(Collection<String> known) {
        for (NodeTuple entry : entries.values()) {
            String key = ((ScalarNode) entry.getKeyNode()).getValue();
            if (!known.contains(key)) {
                report(entry.getKeyNode(), "unknown key '" + key + "'" + suggestion(key, known));
            }
        }
    }

    public Optional<String> requiredText(String key) {
        return present(key).flatMap(value -> text(key, value));
    }

    /** Empty when the key is absent (or has no value) as well as when it is wrong. */
    public Optional<String> optionalText(String key) {
        return given(key).flatMap(value -> text(key, value));
    }

    public Optional<Integer> requiredWholeNumber(String key, int min, int max) {
        return present(key).flatMap(value -> wholeNumber(key, value, min, max));
    }

    /** Empty when the key is absent (or has no value) as well as when it is wrong. */
    public Optional<Integer> optionalWholeNumber(String key, int min, int max) {
        return given(key).flatMap(value -> wholeNumber(key, value, min, max));
    }

    /** False when the key is absent. */
    boolean optionalFlag(String key) {
        Optional<Node> value = given(key);
        if (value.isEmpty()) {
            return false;
        }
        if (value.get() instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            return TRUE_WORDS.contains(scalar.getValue().toLowerCase(Locale.ROOT));
        }
        report(value.get(), "'" + key + "' must be true or false, not " + shown(value.get()));
        return false;
    }

    /** A value that must be one of a fixed set of slugs, such as an audience or an area. */
    public <E> Optional<E> requiredChoice(String key, Function<String, Optional<E>> fromSlug, Collection<String> slugs) {
        return requiredText(key).flatMap(slug -> {
            Optional<E> choice = fromSlug.apply(slug);
            if (choice.isEmpty()) {
                report(entries.get(key).getValueNode(),
                        "unknown " + key + " '" + slug + "': use one of " + String.join(", ", slugs));
            }
            return choice;
        });
    }

    /** A list of plain values; a single value counts as a list of one. */
    public Optional<List<YamlValue>> requiredList(String key) {
        return present(key).flatMap(value -> list(key, value));
    }

    /** Empty list when the key is absent. */
    public List<YamlValue> optionalList(String key) {
        return given(key).flatMap(value -> list(key, value)).orElse(List.of());
    }

    /** A list whose items each hold keys of their own, such as quiz questions. */
    public Optional<List<YamlMap>> requiredListOfMappings(String key, String itemDescription) {
        return present(key).flatMap(value -> {
            if (!(value instanceof SequenceNode sequence)) {
                report(value, "'" + key + "' must be a list of " + itemDescription);
                return Optional.empty();
            }
            List<YamlMap> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode itemMapping) {
                    items.add(new YamlMap(itemMapping, origin, problems));
                } else {
                    report(item, "each entry of '" + key + "' must be one of " + itemDescription);
                }
            }
            return Optional.of(items);
        });
    }

    public void report(int line, String message) {
        problems.report(origin.file(), line, message);
    }

    private void report(Node node, String message) {
        report(origin.lineOf(node), message);
    }

    /** The value of a required key, reporting when the key is missing or has no value. */
    private Optional<Node> present(String key) {
        NodeTuple entry = entries.get(key);
        if (entry == null) {
            report(line(), "missing required key '" + key + "'");
            return Optional.empty();
        }
        if (isNull(entry.getValueNode())) {
            report(entry.getKeyNode(), "'" + key + "' has no value");
            return Optional.empty();
        }
        return Optional.of(entry.getValueNode());
    }

    /** The value of an optional key; a key written with no value counts as absent. */
    private Optional<Node> given(String key) {
        return Optional.ofNullable(entries.get(key))
                .map(NodeTuple::getValueNode)
                .filter(value -> !isNull(value));
    }

    private Optional<String> text(String key, Node value) {
        if (!(value instanceof ScalarNode scalar)) {
            report(value, "'" + key + "' must be text, not " + shown(value));
            return Optional.empty();
        }
        if (scalar.getValue().isBlank()) {
            report(value, "'" + key + "' must not be empty");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue().strip());
    }

    private Optional<Integer> wholeNumber(String key, Node value, int min, int max) {
        if (!(value instanceof ScalarNode scalar) || !Tag.INT.equals(scalar.getTag())
                || !WHOLE_NUMBER.matcher(scalar.getValue()).matches()) {
            report(value, "'" + key + "' must be a whole number, not " + shown(value));
            return Optional.empty();
        }
        BigInteger number = new BigInteger(scalar.getValue());
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            report(value, "'" + key + "' must be between " + min + " and " + max + ", not " + number);
            return Optional.empty();
        }
        return Optional.of(number.intValueExact());
    }

    private Optional<List<YamlValue>> list(String key, Node value) {
        if (value instanceof ScalarNode scalar) {
            return Optional.of(List.of(new YamlValue(scalar.getValue().strip(), origin.lineOf(scalar))));
        }
        if (!(value instanceof SequenceNode sequence)) {
            report(value, "'" + key + "' must be a list, such as [first, second]");
            return Optional.empty();
        }
        List<YamlValue> items = new ArrayList<>();
        boolean allPlain = true;
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !isNull(item) && !scalar.getValue().isBlank()) {
                items.add(new YamlValue(scalar.getValue().strip(), origin.lineOf(item)));
            } else {
                report(item, "each entry of '" + key + "' must be a single piece of text, not " + shown(item));
                allPlain = false;
            }
        }
        return allPlain ? Optional.of(items) : Optional.empty();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static String shown(Node node) {
        if (node instanceof ScalarNode scalar) {
            return isNull(node) ? "nothing" : "'" + scalar.getValue() + "'";
        }
        return node instanceof SequenceNode ? "a list" : "a set of keys";
    }

    /** Names the known key closest to a misspelt one, when one is close enough to be meant. */
    private static String suggestion(String unknown, Collection<String> known) {
        String lowerCase = unknown.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(candidate -> editDistance(lowerCase, candidate.toLowerCase(Locale.ROOT)) <= 2)
                .min(Comparator.comparingInt(candidate -> editDistance(lowerCase, candidate.toLowerCase(Locale.ROOT))))
                .map(candidate -> ": did you mean '" + candidate + "'?")
                .orElseGet(() -> ": the keys here are " + String.join(", ", known.stream().sorted().toList()));
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
