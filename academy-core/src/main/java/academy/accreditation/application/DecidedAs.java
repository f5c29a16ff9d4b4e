package academy.accreditation.application;

/** In which capacity a person decided on an application. */
public enum DecidedAs {
    /** The assessor assigned to the application. */
    ASSESSOR,
    /** The second assessor who moderates a top-level award. */
    MODERATOR,
    /** The assessor an administrator assigned to hear the practice's appeal. */
    APPEAL_ASSESSOR
}
