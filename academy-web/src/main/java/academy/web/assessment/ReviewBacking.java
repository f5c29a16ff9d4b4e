package academy.web.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.account.Person;
import academy.accreditation.application.DecisionOutcome;
import academy.accreditation.application.FrozenCriterion;
import academy.accreditation.assessment.ApplicationFile;
import academy.accreditation.assessment.AssessorQueue;
import academy.accreditation.assessment.CriterionReviews;
import academy.accreditation.assessment.Decisions;
import academy.accreditation.readiness.CriterionStatus;
import academy.accreditation.award.KiteMarkAward;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;
import academy.web.faces.Messages;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * One application as the assessor reviews it ({@code /assessment/review.xhtml?application=<id>}):
 * the frozen criteria with their evidence, a verdict and thread per criterion, the decision form
 * and, for a top-level award, the moderator's confirmation. The services ({@link AssessorQueue},
 * {@link CriterionReviews}, {@link Decisions}) check every call (assigned assessor, moderator, conflicts).
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rows offered for conditions; blank rows are left out. */
    static final int CONDITION_ROWS = 3;

    @Inject
    AssessorQueue queue;

    @Inject
    CriterionReviews reviews;

    @Inject
    Decisions decisions;

    @Inject
    CurrentUser currentUser;

    private String applicationParam;
    private Long applicationId;
    private transient ApplicationFile file;
    private transient List<Person> assessors;

    private final Map<String, String> comments = new HashMap<>();
    private String outcome;
    private String reasons;
    private final List<ConditionRow> conditions = new ArrayList<>();
    private Long moderatorId;
    private Long assessorId;
    private String moderationReasons;

    /** A condition as typed: what the practice must do and by when. */
    public static class ConditionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private LocalDate deadline;

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public LocalDate getDeadline() { return deadline; }
        public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    }

    public ReviewBacking() {
        for (int i = 0; i < CONDITION_ROWS; i++) {
            conditions.add(new ConditionRow());
        }
    }

    public void load() {
        if (applicationId != null) {
            return;
        }
        Optional<Integer> asked = Pages.wholeNumber(applicationParam);
        if (asked.isEmpty()) {
            Pages.notFound("There is no such application, or it is not yours to see.");
            return;
        }
        try {
            file = reviews.file(currentUser.actor(), asked.get());
            applicationId = asked.get().longValue();
        } catch (NotFoundException notYours) {
            Pages.notFound(notYours.userMessage());
        }
    }

    public ApplicationFile getFile() {
        if (file == null && applicationId != null) {
            file = reviews.file(currentUser.actor(), applicationId);
        }
        return file;
    }

    public boolean isLoaded() {
        return applicationId != null;
    }

    /** True when the signed-in person is the assigned assessor. */
    public boolean isMine() {
        return getFile().application().assessor().map(a -> currentUser.actor().personId().orElse(-1L).equals(a.id())).orElse(false);
    }

    public boolean isModerator() {
        return getFile().moderation().map(m -> currentUser.actor().personId().orElse(-1L).equals(m.moderator().id())).orElse(false);
    }

    public boolean isAdministrator() {
        return currentUser.actor().isAdministrator();
    }

    /** Whether a criterion needs the assessor's judgement: everything not met when frozen. */
    public boolean needsJudgement(FrozenCriterion criterion) {
        return criterion.status() != CriterionStatus.MET;
    }

    /** The criteria the assessor judges, in the scheme's order. */
    public List<FrozenCriterion> getToJudge() {
        return getFile().application().criteria().stream().filter(this::needsJudgement).toList();
    }

    /** The criteria the practice's records met when it applied: nothing to judge. */
    public List<FrozenCriterion> getAlreadyMet() {
        return getFile().application().criteria().stream().filter(c -> !needsJudgement(c)).toList();
    }

    public List<Person> getAssessors() {
        if (assessors == null) {
            assessors = queue.eligibleAssessors(currentUser.actor(), applicationId).stream()
                    .filter(p -> !p.id().equals(currentUser.actor().personId().orElse(-1L))).toList();
        }
        return assessors;
    }

    public List<DecisionOutcome> getOutcomes() {
        return List.of(DecisionOutcome.values());
    }

    public void take() {
        act(() -> {
            queue.take(currentUser.actor(), applicationId);
            return "The application is yours. Review each criterion, then decide.";
        });
    }

    public void assign() {
        act(() -> {
            if (assessorId == null) {
                throw new InvalidRequestException("Choose the assessor to assign.");
            }
            var application = queue.assign(currentUser.actor(), applicationId, assessorId);
            return "The application is assigned to " + application.assessor().map(Person::displayName).orElse("") + ".";
        });
    }

    public void accept(String slug) {
        act(() -> {
            reviews.accept(currentUser.actor(), applicationId, slug);
            return "Criterion accepted.";
        });
        comments.remove(slug);
    }

    public void requestEvidence(String slug) {
        if (act(() -> {
            reviews.requestEvidence(currentUser.actor(), applicationId, slug, comments.get(slug));
            return "Your request is sent. The practice sees it and answers in the criterion's thread.";
        })) {
            comments.remove(slug);
        }
    }

    public void decide() {
        act(() -> {
            DecisionOutcome chosen = outcome == null ? null : java.util.Arrays.stream(DecisionOutcome.values())
                    .filter(o -> o.name().equals(outcome)).findFirst().orElse(null);
            if (chosen == null) {
                throw new InvalidRequestException("Choose a decision: award, award with conditions, defer or refuse.");
            }
            // The condition fields belong to "Award with conditions": typed before another decision
            // was chosen, they are hidden with it, and ignored.
            List<KiteMarkAward.ConditionTerms> terms = chosen == DecisionOutcome.AWARD_WITH_CONDITIONS ? typedConditions() : List.of();
            Optional<?> decided = decisions.decide(currentUser.actor(), applicationId, chosen, reasons, terms,
                    Optional.ofNullable(moderatorId));
            return decided.isPresent() ? "Your decision is recorded: " + chosen.label().toLowerCase(java.util.Locale.UK) + "."
                    : "Your award waits for the second assessor's moderation; it stands once they confirm it.";
        });
    }

    public void confirmModeration() {
        act(() -> {
            KiteMarkAward award = decisions.confirmModeration(currentUser.actor(), applicationId, moderationReasons);
            return "The award stands: " + award.serial().value() + ".";
        });
    }

    public void returnModeration() {
        act(() -> {
            decisions.returnFromModeration(currentUser.actor(), applicationId, moderationReasons);
            return "The application is back with the first assessor, with your reasons.";
        });
    }

    private List<KiteMarkAward.ConditionTerms> typedConditions() {
        List<KiteMarkAward.ConditionTerms> typed = new ArrayList<>();
        for (ConditionRow row : conditions) {
            boolean noText = row.description == null || row.description.isBlank();
            if (noText && row.deadline == null) {
                continue;
            }
            if (row.deadline == null) {
                throw new InvalidRequestException("Give each condition a deadline.");
            }
            typed.add(new KiteMarkAward.ConditionTerms(noText ? "" : row.description, row.deadline));
        }
        return typed;
    }

    private boolean act(java.util.function.Supplier<String> action) {
        boolean done = Messages.attempt(action);
        file = null;
        assessors = null;
        return done;
    }

    public String getApplicationParam() { return applicationParam; }
    public void setApplicationParam(String applicationParam) { this.applicationParam = applicationParam; }
    public Map<String, String> getComments() { return comments; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public List<ConditionRow> getConditions() { return conditions; }
    public Long getModeratorId() { return moderatorId; }
    public void setModeratorId(Long moderatorId) { this.moderatorId = moderatorId; }
    public Long getAssessorId() { return assessorId; }
    public void setAssessorId(Long assessorId) { this.assessorId = assessorId; }
    public String getModerationReasons() { return moderationReasons; }
    public void setModerationReasons(String moderationReasons) { this.moderationReasons = moderationReasons; }
}
