package academy.web.practice;

import java.util.List;
import java.util.Locale;

/**
 * Short column headings for the training matrix: a module's title up to the words that only
 * narrow it down ("… for everyone in the practice", "… with little digital confidence"), at most
 * {@value #MAX_WORDS} words, so that a dozen columns fit beside the names. The full title stays the
 * heading's accessible name and appears on phones.
 */
final class ModuleLabels {

    static final int MAX_WORDS = 3;
    private static final List<String> DANGLING = List.of("and", "of", "a", "an", "the", "to", "for", "with");
    private static final List<String> NARROWING = List.of(" for ", " with ", " done ", " in ", " through ", ": ");

    private ModuleLabels() {
    }

    static String shortLabel(String title) {
        String label = title.strip();
        if (label.toLowerCase(Locale.ROOT).startsWith("the ")) {
            label = label.substring(4);
        }
        for (String words : NARROWING) {
            int at = label.indexOf(words);
            if (at > 0) {
                label = label.substring(0, at);
            }
        }
        List<String> words = new java.util.ArrayList<>(List.of(label.split("\\s+")));
        if (words.size() > MAX_WORDS) {
            words = new java.util.ArrayList<>(words.subList(0, MAX_WORDS));
        }
        // A heading never ends on a word that joins it to what was cut.
        while (words.size() > 1 && DANGLING.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        label = String.join(" ", words);
        return label.isEmpty() ? title : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
