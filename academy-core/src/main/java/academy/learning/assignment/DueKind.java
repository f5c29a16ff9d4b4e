package academy.learning.assignment;

/** How an assignment's due day is set. */
public enum DueKind {
    /** One fixed day for everybody. */
    ON_DATE,
    /** N days after the person was assigned it (for a newcomer: after they joined). */
    AFTER_ASSIGNMENT,
    /** N days after the person joined the practice (never before the day it was assigned). */
    AFTER_JOINING
}
