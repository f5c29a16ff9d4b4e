package academy.account;

import academy.shared.InvalidRequestException;

/** A new password was refused; the message says why and how to choose a better one. */
public class WeakPasswordException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public WeakPasswordException(String userMessage) {
        super(userMessage);
    }
}
