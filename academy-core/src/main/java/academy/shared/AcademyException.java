package academy.shared;

/**
 * The root of every exception the academy raises on purpose. Each carries a message meant for
 * the user (plain words, no internals); the web layer shows it as a Faces message, a friendly
 * error page or an {@code application/problem+json} body.
 */
public class AcademyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AcademyException(String userMessage) {
        super(userMessage);
    }

    public AcademyException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    /** The sentence shown to the user. */
    public String userMessage() {
        return getMessage();
    }
}
