package academy.accreditation.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import academy.accreditation.application.AssessmentDecision;
import academy.accreditation.application.KiteMarkApplication;

/**
 * Everything about one application that the assessor (or the practice) reads at once: the frozen
 * criteria, the verdict and thread of each, the pending moderation and the decisions taken.
 *
 * @param topLevel true when the application is for the scheme's highest level, whose awards are moderated
 */
public record ApplicationFile(KiteMarkApplication application, Map<String, CriterionReview> reviews,
                              Map<String, List<CriterionMessage>> threads, Optional<Moderation> moderation,
                              List<AssessmentDecision> decisions, boolean topLevel) {

    public Optional<CriterionReview> review(String criterionSlug) {
        return Optional.ofNullable(reviews.get(criterionSlug));
    }

    public ReviewVerdict verdictOf(String criterionSlug) {
        return review(criterionSlug).map(CriterionReview::verdict).orElse(null);
    }

    public List<CriterionMessage> thread(String criterionSlug) {
        return threads.getOrDefault(criterionSlug, List.of());
    }

    /** True when the assessor asked for more on the criterion and the practice has not answered. */
    public boolean awaitsAnswer(String criterionSlug) {
        return verdictOf(criterionSlug) == ReviewVerdict.EVIDENCE_REQUESTED;
    }
}
