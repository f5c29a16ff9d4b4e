package academy.web.learning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.learning.QuizAttempts;
import academy.learning.QuizSheet;
import academy.shared.AcademyException;
import academy.web.faces.Messages;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * The quiz ({@code /learning/quiz.xhtml?attempt=…}): the attempt's questions in its stored order,
 * options in its stored order. Submitting marks the attempt once and goes to its result; a second
 * submission (double click, another tab, the form sent again) changes nothing and shows the same
 * result. An attempt already submitted opens its result.
 */
@Named
@RequestScoped
public class QuizBacking {

    /** Each question's answers arrive as {@code answer-<question number>} with the positions chosen. */
    static final String ANSWER_PREFIX = "answer-";

    @Inject
    QuizAttempts attempts;

    @Inject
    CurrentUser currentUser;

    private String attempt;
    private QuizSheet sheet;

    public void load() {
        var id = Pages.wholeNumber(attempt);
        if (id.isEmpty()) {
            Pages.notFound("There is no such quiz attempt.");
            return;
        }
        sheet = attempts.quizSheet(currentUser.actor(), id.get());
        if (sheet.submitted()) {
            Pages.redirect("/learning/result.xhtml?attempt=" + sheet.attemptId());
        }
    }

    public void submit() {
        var id = Pages.wholeNumber(attempt);
        if (id.isEmpty()) {
            Pages.notFound("There is no such quiz attempt.");
            return;
        }
        try {
            attempts.submit(currentUser.actor(), id.get(), answers());
            Pages.redirect("/learning/result.xhtml?attempt=" + id.get());
        } catch (AcademyException refused) {
            Messages.error(refused.userMessage());
            load();
        }
    }

    /** The positions chosen per question, from the form's plain inputs; a question left blank has none. */
    private static Map<Integer, Set<Integer>> answers() {
        Map<String, String[]> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        Map<Integer, Set<Integer>> answers = new HashMap<>();
        parameters.forEach((name, values) -> {
            if (name.startsWith(ANSWER_PREFIX)) {
                Pages.wholeNumber(name.substring(ANSWER_PREFIX.length())).ifPresent(question -> {
                    Set<Integer> positions = new HashSet<>();
                    for (String value : values) {
                        // A value that is not a position is an option that does not exist: the service refuses it.
                        positions.add(Pages.wholeNumber(value).orElse(-1));
                    }
                    answers.put(question, positions);
                });
            }
        });
        return answers;
    }

    public String getAttempt() { return attempt; }
    public void setAttempt(String attempt) { this.attempt = attempt; }
    public QuizSheet getSheet() { return sheet; }
}
