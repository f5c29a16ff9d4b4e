package academy.web.account;

import academy.account.EmailAddress;
import academy.account.PasswordPolicy;

/**
 * What the password field says while someone types: the policy's own refusal, or that the
 * password will do. Shown in a polite live region, so a screen reader reads it without moving focus.
 */
final class PasswordFeedback {

    static final String ACCEPTABLE = "This password is strong enough.";
    static final String EMPTY = "Use at least " + PasswordPolicy.MIN_LENGTH + " characters. Three or four unrelated words work well.";

    private PasswordFeedback() {
    }

    static String about(PasswordPolicy policy, String password, String displayName, EmailAddress email) {
        if (password == null || password.isEmpty()) {
            return EMPTY;
        }
        return policy.refusal(password, displayName, email).orElse(ACCEPTABLE);
    }
}
