package academy.practice;

/**
 * Where a membership stands. Only {@link #ACTIVE} grants anything. A membership moves forward
 * only: pending → active → ended, or pending → rejected; it is never deleted.
 */
public enum MembershipStatus {
    /** A PPG member registered with the join code; waits for a manager. Grants nothing. */
    PENDING,
    ACTIVE,
    /** The person left (or was deactivated); kept as history. */
    ENDED,
    /** A manager turned the application down; kept as history. */
    REJECTED
}
