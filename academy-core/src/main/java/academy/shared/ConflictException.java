package academy.shared;

/**
 * The request is well formed but the current state of things does not allow it: the membership
 * has already ended, the invitation was used, the email address is taken.
 */
public class ConflictException extends AcademyException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String userMessage) {
        super(userMessage);
    }
}
