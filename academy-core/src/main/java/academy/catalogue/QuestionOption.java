package academy.catalogue;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer option of a quiz question and whether it is a right answer. */
@Embeddable
public class QuestionOption {

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private boolean correct;

    protected QuestionOption() {
        // for JPA
    }

    QuestionOption(String text, boolean correct) {
        this.text = Objects.requireNonNull(text);
        this.correct = correct;
    }

    public String text() { return text; }
    public boolean isCorrect() { return correct; }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuestionOption option && option.text.equals(text) && option.correct == correct;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, correct);
    }
}
