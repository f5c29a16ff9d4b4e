package academy.catalogue.content;

import java.util.List;

/**
 * A module's {@code quiz.yaml}.
 *
 * @param passMark the percentage of questions that must be answered correctly, 1..100
 */
public record QuizSource(int passMark, List<QuestionSource> questions) {

    public QuizSource {
        if (passMark < 1 || passMark > 100) {
            throw new IllegalArgumentException("passMark must be 1..100: " + passMark);
        }
        questions = List.copyOf(questions);
    }
}
