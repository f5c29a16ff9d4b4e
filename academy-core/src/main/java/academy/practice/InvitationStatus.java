package academy.practice;

/** Where an invitation stands at a given moment. */
public enum InvitationStatus {
    /** Mailed and still usable. */
    OPEN,
    ACCEPTED,
    /** Withdrawn by a manager, or replaced by a newer invitation to the same address. */
    REVOKED,
    EXPIRED
}
