package academy.web.learning;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import academy.catalogue.content.ContentReader;
import academy.catalogue.content.ModuleSource;
import academy.catalogue.content.QuestionSource;

/**
 * The right answers of a module's quiz, read from the content tree the academy under test loaded,
 * so that a test can pass or fail a quiz on purpose whatever order the attempt shows.
 */
public final class QuizKey {

    private final ModuleSource module;

    private QuizKey(ModuleSource module) {
        this.module = module;
    }

    public static QuizKey of(String slug) {
        String dir = Optional.ofNullable(System.getenv("ACADEMY_CONTENT_DIR")).filter(d -> !d.isBlank())
                .orElse(System.getProperty("academy.content.dir", "../content"));
        return new QuizKey(new ContentReader().read(Path.of(dir)).findModule(slug)
                .orElseThrow(() -> new AssertionError("no module " + slug + " in the content")));
    }

    public int lessonCount() {
        return module.lessons().size();
    }

    public String title() {
        return module.title();
    }

    /** The right option texts of the question with this text. */
    public Set<String> rightAnswers(String questionText) {
        QuestionSource question = module.quiz().questions().stream().filter(q -> q.text().equals(questionText)).findFirst()
                .orElseThrow(() -> new AssertionError("no question \"" + questionText + "\" in " + module.slug()));
        return question.correct().stream().map(question.options()::get).collect(Collectors.toSet());
    }
}
