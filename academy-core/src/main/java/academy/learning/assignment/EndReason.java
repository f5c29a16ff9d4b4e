package academy.learning.assignment;

/** Why a person's assigned training stopped applying to them. The row stays, as history. */
public enum EndReason {
    /** The manager or administrator withdrew the assignment. */
    WITHDRAWN,
    /** The person's job role changed and the assignment was for the old role. */
    ROLE_CHANGED,
    /** The person left the practice. */
    LEFT,
    /** The learner dismissed it (never mandatory training). */
    DISMISSED
}
