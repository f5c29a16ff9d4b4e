package academy.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Marks a quiz. A question is right only when exactly its correct options were chosen (for a
 * multi-answer question: all of them and nothing else). The score is the percentage of questions
 * right, rounded down; the attempt passes when the score reaches the pass mark (exactly at the
 * pass mark passes). Rounding down never changes a pass: for a whole-number pass mark p,
 * floor(x) ≥ p exactly when x ≥ p.
 */
public final class QuizScoring {

    /** One question's right answers, as indices into its authored options. */
    public record AnswerKey(int questionNumber, Set<Integer> correct) {
        public AnswerKey {
            correct = Set.copyOf(correct);
            if (correct.isEmpty()) {
                throw new IllegalArgumentException("question " + questionNumber + " has no right answer");
            }
        }
    }

    /** How one question went. */
    public record Outcome(int questionNumber, Set<Integer> chosen, Set<Integer> correctOptions, boolean correct) {
        public Outcome {
            chosen = Set.copyOf(chosen);
            correctOptions = Set.copyOf(correctOptions);
        }
    }

    /** The mark of a whole attempt. */
    public record Score(List<Outcome> outcomes, int percent, boolean passed) {
        public Score {
            outcomes = List.copyOf(outcomes);
        }
    }

    private QuizScoring() {
    }

    /**
     * @param keys     the questions in the order they were asked
     * @param chosen   authored option indices chosen per question number; a missing question counts as unanswered
     * @param passMark percentage 1..100
     */
    public static Score score(List<AnswerKey> keys, Map<Integer, Set<Integer>> chosen, int passMark) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a quiz needs at least one question");
        }
        if (passMark < 1 || passMark > 100) {
            throw new IllegalArgumentException("passMark must be 1..100: " + passMark);
        }
        List<Outcome> outcomes = new ArrayList<>();
        int right = 0;
        for (AnswerKey key : keys) {
            Set<Integer> answer = Objects.requireNonNullElse(chosen.get(key.questionNumber()), Set.of());
            boolean correct = answer.equals(key.correct());
            if (correct) {
                right++;
            }
            outcomes.add(new Outcome(key.questionNumber(), answer, key.correct(), correct));
        }
        int percent = right * 100 / keys.size();
        return new Score(outcomes, percent, percent >= passMark);
    }
}
