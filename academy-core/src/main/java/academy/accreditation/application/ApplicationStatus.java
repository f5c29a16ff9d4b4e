package academy.accreditation.application;

import java.util.EnumSet;
import java.util.Set;

/** Where a practice's application for a level stands, from submission to its outcome. */
public enum ApplicationStatus {
    /** Submitted with its frozen criteria; waiting for an assessor to be assigned. */
    SUBMITTED("Waiting for an assessor"),
    /** An assessor is reviewing it criterion by criterion. */
    IN_REVIEW("In review"),
    /** The assessor asked the practice for more evidence on at least one criterion. */
    MORE_EVIDENCE_REQUESTED("More evidence requested"),
    /** The assessor would award the top level; a second assessor moderates first. */
    AWAITING_MODERATION("Awaiting moderation"),
    AWARDED("Awarded"),
    /** Decided not yet: the practice may apply again once it has acted on the reasons. */
    DEFERRED("Deferred"),
    REFUSED("Refused"),
    WITHDRAWN("Withdrawn");

    /** The states in which an application is still with the assessors. */
    public static final Set<ApplicationStatus> OPEN =
            Set.copyOf(EnumSet.of(SUBMITTED, IN_REVIEW, MORE_EVIDENCE_REQUESTED, AWAITING_MODERATION));

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** An assessor is reviewing it and may decide. */
    public boolean isInReview() {
        return this == IN_REVIEW;
    }

    /** The assessor waits for the practice's answers. */
    public boolean isMoreEvidenceRequested() {
        return this == MORE_EVIDENCE_REQUESTED;
    }

    /** In the assessor's hands: in review, or waiting for more evidence; the assessor may write to the practice. */
    public boolean isUnderReview() {
        return isInReview() || isMoreEvidenceRequested();
    }
}
