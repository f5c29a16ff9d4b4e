package academy.learning;

import java.util.List;
import java.util.Set;

import academy.catalogue.ModuleVersion;

/**
 * A submitted attempt and its feedback.
 *
 * @param module          the version the attempt was of
 * @param firstSubmission false when the attempt had already been submitted and this is the stored result
 * @param completed       whether the module is now complete (every lesson read and a pass)
 */
public record AttemptResult(long attemptId, ModuleVersion module, int score, int passMark, boolean passed, boolean firstSubmission,
                            boolean completed, List<QuestionFeedback> feedback) {

    public AttemptResult {
        feedback = List.copyOf(feedback);
    }

    /**
     * One question after submission, options in the order the attempt showed them.
     *
     * @param chosen  positions (0-based, as shown) the learner chose
     * @param correctPositions positions (as shown) of the right answers
     */
    public record QuestionFeedback(int questionNumber, String text, List<String> options, Set<Integer> chosen,
                                   Set<Integer> correctPositions, boolean correct, String explanation) {
        public QuestionFeedback {
            options = List.copyOf(options);
            chosen = Set.copyOf(chosen);
            correctPositions = Set.copyOf(correctPositions);
        }
    }
}
