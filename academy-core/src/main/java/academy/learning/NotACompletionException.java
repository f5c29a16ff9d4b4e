package academy.learning;

import academy.shared.AcademyException;

/**
 * A report that is well formed but does not describe a completion: a score below the module's
 * pass mark (a failed attempt), or a date before the version existed. Nothing is recorded; the
 * API answers 422, since the request could be read but what it says cannot be a completion.
 */
public class NotACompletionException extends AcademyException {

    private static final long serialVersionUID = 1L;

    public NotACompletionException(String userMessage) {
        super(userMessage);
    }
}
