package academy.accreditation.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import academy.accreditation.application.ApplicationStatus;
import academy.accreditation.application.DecisionOutcome;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.award.AwardCondition;
import academy.accreditation.award.KiteMarkAward;
import academy.accreditation.readiness.CriterionStatus;
import academy.accreditation.scheme.SchemeLevel;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.RequiredText;

/**
 * What must hold before an assessor's decision is recorded, checked before anything changes so a
 * refused decision leaves the application as it was.
 */
final class DecisionRules {

    private DecisionRules() {
    }

    /**
     * @param reviews  the verdict on each criterion reviewed so far, by criterion slug
     * @param today    the academy's today; awards run from today for {@code validityMonths}
     * @throws InvalidRequestException when the conditions do not suit the outcome or are not acceptable
     * @throws ConflictException       when the application is not ready for the outcome
     */
    static void check(KiteMarkApplication application, DecisionOutcome outcome, List<KiteMarkAward.ConditionTerms> conditions,
                      Map<String, ReviewVerdict> reviews, LocalDate today, int validityMonths) {
        if (outcome == null) {
            throw new InvalidRequestException("Choose a decision: award, award with conditions, defer or refuse.");
        }
        if (application.status() != ApplicationStatus.IN_REVIEW) {
            throw new ConflictException(application.status() == ApplicationStatus.MORE_EVIDENCE_REQUESTED
                    ? "The practice has not answered every request for more evidence yet; decide once it has."
                    : "This application is " + application.status().label().toLowerCase(java.util.Locale.UK)
                            + "; it cannot be decided now.");
        }
        checkConditions(outcome, conditions, today, validityMonths);
        if (outcome.awards()) {
            List<String> unsettled = application.criteria().stream()
                    .filter(c -> c.status() != CriterionStatus.MET && reviews.get(c.criterionSlug()) != ReviewVerdict.ACCEPTED)
                    .map(c -> "\u201c" + c.title() + "\u201d").toList();
            if (!unsettled.isEmpty()) {
                throw new ConflictException("Accept every criterion that needs your judgement before awarding. Not accepted yet: "
                        + String.join(", ", unsettled) + ".");
            }
        }
    }

    static void checkConditions(DecisionOutcome outcome, List<KiteMarkAward.ConditionTerms> conditions, LocalDate today,
                                int validityMonths) {
        boolean withConditions = outcome == DecisionOutcome.AWARD_WITH_CONDITIONS;
        if (withConditions && conditions.isEmpty()) {
            throw new InvalidRequestException("An award with conditions needs at least one condition with a deadline.");
        }
        if (!withConditions && !conditions.isEmpty()) {
            throw new InvalidRequestException("Conditions go only with \u201cAward with conditions\u201d; remove them or choose that.");
        }
        LocalDate lastDay = today.plusMonths(validityMonths).minusDays(1);
        for (KiteMarkAward.ConditionTerms condition : conditions) {
            RequiredText.require(condition.description(), AwardCondition.MAX_TEXT, "Describe each condition: what the practice must do.");
            if (!condition.deadline().isAfter(today) || condition.deadline().isAfter(lastDay)) {
                throw new InvalidRequestException("A condition's deadline must fall after today and no later than " + lastDay
                        + ", while the award is valid.");
            }
        }
    }

    /** True when the application is for the scheme's highest level, whose awards are moderated. */
    static boolean isTopLevel(KiteMarkApplication application) {
        Set<Integer> ranks = application.scheme().levels().stream().map(SchemeLevel::rank).collect(Collectors.toSet());
        return ranks.stream().allMatch(rank -> rank <= application.levelRank());
    }
}
