package academy.learning;

/** Where a person stands with one required module, as {@link TrainingStatusRules} decides. */
public enum TrainingStatus {
    /** Completed and valid for more than 60 more days (or for ever). */
    COMPLETE("Complete"),
    /** Completed; expires within 60 days. */
    DUE_SOON_60("Due in 31 to 60 days"),
    /** Completed; expires within 30 days. */
    DUE_SOON_30("Due within 30 days"),
    /** The completion has expired. */
    OVERDUE("Overdue"),
    /** Completed against a version older than a significant revision: the learner is asked to refresh. */
    REFRESH_NEEDED("Refresh needed"),
    /** Started, never completed. */
    IN_PROGRESS("In progress"),
    NOT_STARTED("Not started");

    private final String label;

    TrainingStatus(String label) {
        this.label = label;
    }

    /** How people read the status (never shown by colour alone). */
    public String label() {
        return label;
    }

    /** The status in URLs and the API: {@code due-soon-30}, {@code not-started}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<TrainingStatus> fromSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
    }

    /**
     * The status in the words people are shown everywhere (pages, tags, filters): the two due-soon
     * bands are one "due-soon"; every other status keeps its own slug.
     */
    public String summarySlug() {
        return isDue() ? "due-soon" : slug();
    }

    /**
     * Every status with this {@link #summarySlug} or this {@link #slug}: "due-soon" is both due-soon
     * bands, "overdue" is overdue alone; empty when nothing has it.
     */
    public static java.util.Set<TrainingStatus> matching(String slug) {
        java.util.Set<TrainingStatus> matching = java.util.EnumSet.noneOf(TrainingStatus.class);
        for (TrainingStatus status : values()) {
            if (status.summarySlug().equals(slug) || status.slug().equals(slug)) {
                matching.add(status);
            }
        }
        return matching;
    }

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
