package academy.learning;

/** Where a person stands with one required module, as {@link TrainingStatusRules} decides. */
public enum TrainingStatus {
    /** Completed and valid for more than 60 more days (or for ever). */
    COMPLETE,
    /** Completed; expires within 60 days. */
    DUE_SOON_60,
    /** Completed; expires within 30 days. */
    DUE_SOON_30,
    /** The completion has expired. */
    OVERDUE,
    /** Completed against a version older than a significant revision: the learner is asked to refresh. */
    REFRESH_NEEDED,
    /** Started, never completed. */
    IN_PROGRESS,
    NOT_STARTED;

    /** Counts as done for coverage figures (due soon is still done). */
    public boolean isDone() {
        return this == COMPLETE || this == DUE_SOON_60 || this == DUE_SOON_30;
    }

    /** Asks the learner to act soon or now. */
    public boolean isDue() {
        return this == DUE_SOON_60 || this == DUE_SOON_30;
    }

    /** Asks the learner to act now. */
    public boolean isOverdue() {
        return this == OVERDUE || this == REFRESH_NEEDED;
    }
}
