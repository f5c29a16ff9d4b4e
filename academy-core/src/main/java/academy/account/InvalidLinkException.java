package academy.account;

import academy.shared.AcademyException;

/** A mailed link that cannot be used: unknown, expired, already used or replaced by a newer one. */
public class InvalidLinkException extends AcademyException {

    private static final long serialVersionUID = 1L;

    public InvalidLinkException(String userMessage) {
        super(userMessage);
    }

    /** For a token nobody issued (or one issued for another purpose); says no more than that. */
    public static InvalidLinkException unknown() {
        return new InvalidLinkException(
                "This link is not valid. Please check you copied the whole link from the email, or ask for a new one.");
    }
}
