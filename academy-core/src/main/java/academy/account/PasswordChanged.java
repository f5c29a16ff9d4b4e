package academy.account;

/**
 * Fired (synchronously, in the changing transaction) when a person proved who they are and chose
 * a new password, by reset, set-up or profile. Sign-in listens to forget earlier failures, so a
 * person who just reset their password is not kept waiting by an attacker's guesses.
 */
public record PasswordChanged(long personId, EmailAddress email, String clientAddress) {
}
