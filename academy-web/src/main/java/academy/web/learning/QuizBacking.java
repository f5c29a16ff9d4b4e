package academy.web.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.learning.QuizAttempts;
import academy.learning.QuizSheet;
import academy.learning.QuizSheet.ShownQuestion;
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

    @Inject
    QuizAttempts attempts;

    @Inject
    CurrentUser currentUser;

    /** The option chosen per single-answer question (its position in the shown options). */
    private final Map<Integer, Integer> oneAnswer = new HashMap<>();
    /** The options chosen per question with several right answers. */
    private final Map<Integer, List<Integer>> manyAnswers = new HashMap<>();
    private String attempt;
    private QuizSheet sheet;

    /**
     * On a postback the questions must be there before the answers are read, and the page's view
     * parameter reaches this bean too late for that: the form carries the attempt as a hidden field.
     * A refusal (someone else's attempt) is left to {@link #submit}, which says so.
     */
    @PostConstruct
    void loadForPostback() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !faces.isPostback()) {
            return;
        }
        attempt = faces.getExternalContext().getRequestParameterMap().get("attempt");
        Pages.wholeNumber(attempt).ifPresent(id -> {
            try {
                sheet = attempts.quizSheet(currentUser.actor(), id);
            } catch (AcademyException refused) {
                sheet = null;
            }
        });
    }

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

    /** A question's options as answers whose value is the option's position in the shown order. */
    public List<SelectItem> options(ShownQuestion question) {
        List<SelectItem> items = new ArrayList<>();
        for (int position = 0; position < question.options().size(); position++) {
            items.add(new SelectItem(position, question.options().get(position)));
        }
        return items;
    }

    /** The positions chosen per question; a question left blank has none. */
    private Map<Integer, Set<Integer>> answers() {
        Map<Integer, Set<Integer>> answers = new HashMap<>();
        oneAnswer.forEach((question, position) -> {
            if (position != null) {
                answers.put(question, Set.of(position));
            }
        });
        manyAnswers.forEach((question, positions) -> {
            if (positions != null && !positions.isEmpty()) {
                answers.put(question, new HashSet<>(positions));
            }
        });
        return answers;
    }

    public Map<Integer, Integer> getOneAnswer() { return oneAnswer; }
    public Map<Integer, List<Integer>> getManyAnswers() { return manyAnswers; }
    public String getAttempt() { return attempt; }
    public void setAttempt(String attempt) { this.attempt = attempt; }
    public QuizSheet getSheet() { return sheet; }
}
