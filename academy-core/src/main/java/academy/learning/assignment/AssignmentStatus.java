package academy.learning.assignment;

/** Where a person's assigned training stands. */
public enum AssignmentStatus {
    /** Assigned, due more than {@link AssignmentRules#DUE_SOON_DAYS} days ahead. */
    ASSIGNED("assigned", "Assigned"),
    /** Due within {@link AssignmentRules#DUE_SOON_DAYS} days. */
    DUE_SOON("due-soon", "Due soon"),
    /** The due day has passed and no completion fulfils it. */
    OVERDUE("overdue", "Overdue"),
    /** A completion made by the end of the due day fulfils it. */
    FULFILLED("fulfilled", "Done"),
    /** Fulfilled by a completion made after the due day. */
    FULFILLED_LATE("fulfilled-late", "Done late"),
    /** No longer applies: withdrawn, the person changed role or left. */
    ENDED("ended", "Ended");

    private final String slug;
    private final String label;

    AssignmentStatus(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public boolean isFulfilled() {
        return this == FULFILLED || this == FULFILLED_LATE;
    }

    /** Still asks something of the learner. */
    public boolean isOpen() {
        return this == ASSIGNED || this == DUE_SOON || this == OVERDUE;
    }
}
