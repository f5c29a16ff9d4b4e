package academy.catalogue.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads a module's {@code quiz.yaml}. */
final class QuizReader {

    private static final List<String> KEYS = List.of("passMark", "questions");
    private static final List<String> QUESTION_KEYS = List.of("question", "options", "correct", "explain");
    private static final int FEWEST_OPTIONS = 2;
    private static final int MOST_OPTIONS = 6;

    private QuizReader() {
    }

    static Optional<QuizSource> read(ContentFile file, Problems problems) {
        Optional<YamlMap> parsed = YamlDocument.parseMapping(file, file.text(), 0, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        int problemsBefore = problems.count();
        YamlMap quiz = parsed.get();
        quiz.rejectUnknownKeys(KEYS);
        Optional<Integer> passMark = quiz.requiredWholeNumber("passMark", 1, 100);
        Optional<List<YamlMap>> items = quiz.requiredListOfMappings("questions",
                "a question with its options, correct answers and explanation");
        List<QuestionSource> questions = new ArrayList<>();
        if (items.isPresent() && items.get().isEmpty() && !problems.foundSince(problemsBefore)) {
            quiz.report(quiz.lineOf("questions"), "the quiz has no questions");
        }
        items.orElse(List.of()).forEach(item -> question(item, problems).ifPresent(questions::add));
        if (problems.foundSince(problemsBefore)) {
            return Optional.empty();
        }
        return Optional.of(new QuizSource(passMark.orElseThrow(), questions));
    }

    private static Optional<QuestionSource> question(YamlMap question, Problems problems) {
        int problemsBefore = problems.count();
        question.rejectUnknownKeys(QUESTION_KEYS);
        Optional<String> text = question.requiredText("question");
        Optional<List<YamlValue>> options = question.requiredList("options");
        Optional<List<YamlValue>> correct = question.requiredList("correct");
        Optional<String> explanation = question.requiredText("explain");
        options.ifPresent(written -> checkOptions(question, written));
        Set<Integer> correctIndices = new TreeSet<>();
        if (options.isPresent() && correct.isPresent()) {
            List<String> optionTexts = options.get().stream().map(YamlValue::text).toList();
            if (correct.get().isEmpty()) {
                question.report(question.lineOf("correct"), "'correct' must name at least one of the options");
            }
            for (YamlValue answer : correct.get()) {
                int index = optionTexts.indexOf(answer.text());
                if (index < 0) {
                    question.report(answer.line(), "correct answer '" + answer.text()
                            + "' is not one of the options: write it exactly as it is written under 'options'");
                } else {
                    correctIndices.add(index);
                }
            }
        }
        if (problems.foundSince(problemsBefore)) {
            return Optional.empty();
        }
        return Optional.of(new QuestionSource(text.orElseThrow(),
                options.orElseThrow().stream().map(YamlValue::text).toList(), correctIndices, explanation.orElseThrow()));
    }

    private static void checkOptions(YamlMap question, List<YamlValue> options) {
        if (options.size() < FEWEST_OPTIONS || options.size() > MOST_OPTIONS) {
            question.report(question.lineOf("options"), "a question has " + FEWEST_OPTIONS + " to " + MOST_OPTIONS
                    + " options; this one has " + options.size());
        }
        Set<String> seen = new HashSet<>();
        for (YamlValue option : options) {
            if (!seen.add(option.text())) {
                question.report(option.line(), "option '" + option.text() + "' is written twice");
            }
        }
    }
}
