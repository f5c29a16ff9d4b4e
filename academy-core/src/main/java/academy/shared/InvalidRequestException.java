package academy.shared;

/** The request itself is wrong (a bad parameter, a value out of range); nothing was changed. */
public class InvalidRequestException extends AcademyException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String userMessage) {
        super(userMessage);
    }

    public InvalidRequestException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
