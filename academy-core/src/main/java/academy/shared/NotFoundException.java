package academy.shared;

/** The thing asked for does not exist (or the asker may not know that it does). */
public class NotFoundException extends AcademyException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String userMessage) {
        super(userMessage);
    }
}
