package academy.account;

/** Where a person's account stands. Only {@link #ACTIVE} accounts can sign in. */
public enum PersonStatus {
    /** Created by an administrator (an assessor); waits for the person to choose a password. */
    INVITED("Not set up yet"),
    /** Registered themselves (a PPG applicant); waits for them to confirm their email address. */
    UNVERIFIED("Not set up yet"),
    ACTIVE("Active"),
    /** Barred from signing in by an administrator; the history stays. */
    SUSPENDED("Suspended");

    private final String label;

    PersonStatus(String label) {
        this.label = label;
    }

    /** As the administrators' list of people shows it. */
    public String label() {
        return label;
    }

    public boolean isSuspended() {
        return this == SUSPENDED;
    }
}
