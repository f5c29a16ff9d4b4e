package academy.account;

/** Where a person's account stands. Only {@link #ACTIVE} accounts can sign in. */
public enum PersonStatus {
    /** Created by an administrator (an assessor); waits for the person to choose a password. */
    INVITED,
    /** Registered themselves (a PPG applicant); waits for them to confirm their email address. */
    UNVERIFIED,
    ACTIVE,
    /** Barred from signing in by an administrator; the history stays. */
    SUSPENDED
}
