package academy.learning;

/** Where a record of training done elsewhere stands. */
public enum ExternalTrainingStatus {
    /** Recorded by the learner; waiting for the practice manager. */
    PENDING("Waiting for your manager"),
    /** The manager accepted it; with a module, it is a completion. */
    APPROVED("Approved"),
    /** The manager turned it down, with a reason. */
    REJECTED("Not accepted"),
    /** The learner took it back before it was decided. */
    WITHDRAWN("Withdrawn");

    private final String label;

    ExternalTrainingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isDecided() {
        return this != PENDING;
    }
}
