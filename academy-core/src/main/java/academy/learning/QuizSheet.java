package academy.learning;

import java.util.List;
import java.util.Objects;

import academy.catalogue.ModuleVersion;

/**
 * An open quiz attempt as the learner sees it: questions in the attempt's stored order, each
 * question's options in the attempt's stored (shuffled) order. The same attempt always reads the
 * same, in every tab and on every device.
 *
 * @param submitted whether the attempt has been submitted already (then its result is what to show)
 */
public record QuizSheet(long attemptId, ModuleVersion module, boolean submitted, List<ShownQuestion> questions) {

    public QuizSheet {
        Objects.requireNonNull(module, "module");
        questions = List.copyOf(questions);
    }

    /**
     * One question as shown.
     *
     * @param questionNumber the authored number, which answers refer to
     * @param options        option texts in the order shown; answers give positions in this list
     * @param multiple       whether more than one option is right (check boxes rather than radio buttons)
     */
    public record ShownQuestion(int questionNumber, String text, List<String> options, boolean multiple) {
        public ShownQuestion {
            options = List.copyOf(options);
        }
    }
}
