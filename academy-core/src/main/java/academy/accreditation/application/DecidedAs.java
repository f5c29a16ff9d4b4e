package academy.accreditation.application;

/** In which capacity a person decided on an application. */
public enum DecidedAs {
    /** The assessor assigned to the application. */
    ASSESSOR("assessor"),
    /** The second assessor who moderates a top-level award. */
    MODERATOR("moderator"),
    /** The assessor an administrator assigned to hear the practice's appeal. */
    APPEAL_ASSESSOR("appeal assessor");

    private final String label;

    DecidedAs(String label) {
        this.label = label;
    }

    /** In words, lower case, as it follows a name ("Priya Shah (moderator)"). */
    public String label() {
        return label;
    }
}
