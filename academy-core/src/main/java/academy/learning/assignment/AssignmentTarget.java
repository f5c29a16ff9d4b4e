package academy.learning.assignment;

/** Whom an assignment is for. */
public enum AssignmentTarget {
    /** One member of the practice. */
    PERSON,
    /** Everybody in one job role (of the practice, or of every practice when region-wide). */
    ROLE,
    /** All staff (not PPG members) of the practice, or of every practice when region-wide. */
    EVERYONE
}
