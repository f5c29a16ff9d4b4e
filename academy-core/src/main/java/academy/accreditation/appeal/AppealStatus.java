package academy.accreditation.appeal;

/** Where a practice's appeal stands. */
public enum AppealStatus {
    /** Lodged by the practice; waiting for an administrator to give it to an assessor. */
    LODGED("Waiting for an assessor"),
    /** With the appeal assessor. */
    ASSIGNED("With the appeal assessor"),
    /** The appeal assessor agreed with the practice: the decision is undone. */
    UPHELD("Upheld"),
    /** The appeal assessor confirmed the decision. */
    DISMISSED("Dismissed");

    private final String label;

    AppealStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == LODGED || this == ASSIGNED;
    }
}
