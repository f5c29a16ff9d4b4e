package academy.shared;

/**
 * The actor may not do this at all (a missing role, nobody signed in). For records that belong to
 * someone else, services throw {@link NotFoundException} instead, so ids are never confirmed.
 */
public class AccessDeniedException extends AcademyException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String userMessage) {
        super(userMessage);
    }
}
