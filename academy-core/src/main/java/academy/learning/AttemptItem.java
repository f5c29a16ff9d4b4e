package academy.learning;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One question as an attempt showed it: which authored question, its options in the order shown
 * (authored indices, comma-separated) and, once submitted, the authored indices chosen and whether
 * that was right.
 */
@Embeddable
public class AttemptItem {

    @Column(name = "question_number", nullable = false, updatable = false)
    private int questionNumber;

    @Column(name = "option_order", nullable = false, updatable = false)
    private String optionOrder;

    @Column(name = "chosen")
    private String chosen;

    @Column(name = "correct")
    private Boolean correct;

    protected AttemptItem() {
        // for JPA
    }

    AttemptItem(int questionNumber, List<Integer> optionOrder) {
        this.questionNumber = questionNumber;
        this.optionOrder = optionOrder.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    void answer(Set<Integer> chosenAuthored, boolean right) {
        this.chosen = new TreeSet<>(chosenAuthored).stream().map(String::valueOf).collect(Collectors.joining(","));
        this.correct = right;
    }

    public int questionNumber() { return questionNumber; }

    /** Authored option indices in the order shown. */
    public List<Integer> optionOrder() {
        return Arrays.stream(optionOrder.split(",")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
    }

    /** Authored indices chosen; empty before submission (and when nothing was chosen). */
    public Set<Integer> chosen() {
        return chosen == null || chosen.isBlank() ? Set.of()
                : Arrays.stream(chosen.split(",")).map(Integer::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<Boolean> correct() { return Optional.ofNullable(correct); }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttemptItem item && item.questionNumber == questionNumber && item.optionOrder.equals(optionOrder);
    }

    @Override
    public int hashCode() {
        return Objects.hash(questionNumber, optionOrder);
    }
}
