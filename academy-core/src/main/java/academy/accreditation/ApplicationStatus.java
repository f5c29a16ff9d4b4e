package academy.accreditation;

/** Where a practice's application for a level stands. Assessment adds its own states later. */
public enum ApplicationStatus {
    /** Submitted with its frozen criteria; waiting for an assessor. */
    SUBMITTED("Submitted");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
