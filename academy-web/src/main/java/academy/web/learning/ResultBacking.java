package academy.web.learning;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.learning.AttemptResult;
import academy.learning.Learning;
import academy.learning.ModuleProgress;
import academy.learning.QuizAttempts;
import academy.shared.ConflictException;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * A submitted attempt's result ({@code /learning/result.xhtml?attempt=…}): score against the pass
 * mark, feedback per question, attempts left or when to come back, and the completion when the
 * module is now complete. Only reads: reloading it changes nothing.
 */
@Named
@RequestScoped
public class ResultBacking {

    @Inject
    Learning learning;

    @Inject
    QuizAttempts attempts;

    @Inject
    CurrentUser currentUser;

    private String attempt;
    private AttemptResult result;
    private Optional<ModuleProgress> progress = Optional.empty();

    public void load() {
        var id = Pages.wholeNumber(attempt);
        if (id.isEmpty()) {
            Pages.notFound("There is no such quiz attempt.");
            return;
        }
        try {
            result = attempts.feedback(currentUser.actor(), id.get());
        } catch (ConflictException notSubmittedYet) {
            // An open attempt has no result yet: the learner is taken back to answering it.
            Pages.redirect("/learning/quiz.xhtml?attempt=" + id.get());
            return;
        }
        progress = learning.findProgress(currentUser.actor(), result.module().slug());
    }

    /** The texts of the options at these positions, in the order shown. */
    public List<String> optionsAt(AttemptResult.QuestionFeedback question, Set<Integer> positions) {
        return IntStream.range(0, question.options().size()).filter(positions::contains)
                .mapToObj(question.options()::get).toList();
    }

    public long getRightCount() {
        return result.feedback().stream().filter(AttemptResult.QuestionFeedback::correct).count();
    }

    public String getAttempt() { return attempt; }
    public void setAttempt(String attempt) { this.attempt = attempt; }
    public AttemptResult getResult() { return result; }
    public Optional<ModuleProgress> getProgress() { return progress; }
}
