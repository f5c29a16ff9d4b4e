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
import academy.learning.ModuleStatus;
import academy.learning.TrainingStatus;
import academy.learning.QuizAttempts;
import academy.shared.ConflictException;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * A submitted attempt's result ({@code /learning/result.xhtml?attempt=…}): score against the pass
 * mark, feedback per question with the wrong answers first (they are what the learner reads),
 * attempts left or when to come back, the completion when the module is now complete, and one
 * next step to end on. Only reads: reloading it changes nothing.
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
    private Optional<ModuleStatus> nextRequired = Optional.empty();

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
        if (result.completed()) {
            String done = result.module().slug();
            nextRequired = learning.myLearning(currentUser.actor()).required().stream()
                    .filter(m -> m.status() != TrainingStatus.COMPLETE && !m.module().slug().equals(done))
                    .findFirst();
        }
    }

    /** The questions answered wrongly, in quiz order. */
    public List<AttemptResult.QuestionFeedback> getWrongAnswers() {
        return result.feedback().stream().filter(q -> !q.correct()).toList();
    }

    /** The questions answered rightly, in quiz order. */
    public List<AttemptResult.QuestionFeedback> getRightAnswers() {
        return result.feedback().stream().filter(AttemptResult.QuestionFeedback::correct).toList();
    }

    /** After a completion: the first required module the learner still has to do, if any. */
    public Optional<ModuleStatus> getNextRequired() {
        return nextRequired;
    }

    /** The texts of the options at these positions, in the order shown. */
    public List<String> optionsAt(AttemptResult.QuestionFeedback question, Set<Integer> positions) {
        return IntStream.range(0, question.options().size()).filter(positions::contains)
                .mapToObj(question.options()::get).toList();
    }

    public long getRightCount() {
        return getRightAnswers().size();
    }

    public String getAttempt() { return attempt; }
    public void setAttempt(String attempt) { this.attempt = attempt; }
    public AttemptResult getResult() { return result; }
    public Optional<ModuleProgress> getProgress() { return progress; }
}
