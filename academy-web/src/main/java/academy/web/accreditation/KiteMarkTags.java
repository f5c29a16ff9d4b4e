package academy.web.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import academy.accreditation.appeal.AppealStatus;
import academy.accreditation.application.ApplicationStatus;
import academy.accreditation.assessment.ReviewVerdict;
import academy.accreditation.award.AwardStatus;
import academy.accreditation.award.ConditionStatus;
import academy.accreditation.readiness.CriterionStatus;

/**
 * How the kite-mark pages draw a status as an NHS.UK tag, in one place. A criterion's status maps to
 * the academy's status vocabulary (a key of {@code n:tag status}); the statuses of applications,
 * awards, conditions and appeals are not training statuses, so they keep their own words and get a
 * colour here ({@code n:tag text colour}).
 */
@Named
@ApplicationScoped
public class KiteMarkTags {

    /** The vocabulary key of a criterion's status: met is complete; evidence with the assessor is in progress. */
    public String criterion(CriterionStatus status) {
        return switch (status) {
            case MET -> "complete";
            case AWAITING_ASSESSOR -> "in-progress";
            case NOT_MET, AWAITING_EVIDENCE -> "not-started";
        };
    }

    public String application(ApplicationStatus status) {
        return switch (status) {
            case SUBMITTED, IN_REVIEW, AWAITING_MODERATION -> "blue";
            case MORE_EVIDENCE_REQUESTED -> "yellow";
            case AWARDED -> "green";
            case DEFERRED -> "orange";
            case REFUSED -> "red";
            case WITHDRAWN -> "grey";
        };
    }

    public String award(AwardStatus status) {
        return switch (status) {
            case CURRENT -> "green";
            case RENEWAL_DUE -> "yellow";
            case LAPSED, SUPERSEDED -> "grey";
            case REVOKED -> "red";
        };
    }

    public String condition(ConditionStatus status) {
        return switch (status) {
            case OPEN -> "blue";
            case MET -> "green";
            case MISSED -> "red";
            case WAIVED -> "grey";
        };
    }

    public String verdict(ReviewVerdict verdict) {
        return switch (verdict) {
            case ACCEPTED -> "green";
            case EVIDENCE_REQUESTED -> "yellow";
            case ANSWERED -> "blue";
        };
    }

    public String appeal(AppealStatus status) {
        return switch (status) {
            case LODGED, ASSIGNED -> "blue";
            case UPHELD -> "green";
            case DISMISSED -> "grey";
        };
    }
}
