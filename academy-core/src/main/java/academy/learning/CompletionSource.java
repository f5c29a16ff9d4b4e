package academy.learning;

/** How a completion came about. */
public enum CompletionSource {
    /** Every lesson read and the quiz passed in the academy. */
    QUIZ,
    /** A manager recorded attendance at an in-practice session for a module that allows it. */
    FACE_TO_FACE,
    /** An external content player reported the completion. */
    EXTERNAL,
    /** The practice manager approved the learner's record of equivalent training done on another platform. */
    EXTERNAL_EVIDENCE
}
