package academy.account;

import java.time.Duration;

/** What a mailed account link is for, and how long it works. */
public enum TokenPurpose {
    /** "Forgot your password?": short-lived because it hands over the account. */
    PASSWORD_RESET(Duration.ofHours(1)),
    /** An account an administrator created: choose your password. */
    ACCOUNT_SET_UP(Duration.ofDays(7)),
    /** A self-registered person confirms the address they gave. */
    EMAIL_VERIFICATION(Duration.ofDays(7)),
    /** A signed-in person moves to a new address; the link goes to the new one. */
    EMAIL_CHANGE(Duration.ofDays(1));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
