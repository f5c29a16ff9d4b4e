package academy.catalogue.content;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One quiz question.
 *
 * @param correct indices into {@code options} of the correct answers, in ascending order
 * @param explanation why the right answer is right, shown after the attempt
 */
public record QuestionSource(String text, List<String> options, Set<Integer> correct, String explanation) {

    public QuestionSource {
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
        // Sorted so that "which answers are right" reads the same way on every page and export.
        correct = Collections.unmodifiableSortedSet(new TreeSet<>(correct));
        Objects.requireNonNull(explanation, "explanation");
    }
}
