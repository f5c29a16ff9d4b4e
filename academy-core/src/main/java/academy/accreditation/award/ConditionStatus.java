package academy.accreditation.award;

/** Where a condition of an award stands. */
public enum ConditionStatus {
    OPEN("Open"),
    MET("Met"),
    /** Its deadline passed without it being met. */
    MISSED("Missed"),
    /** An assessor lifted it, with a note. */
    WAIVED("Waived");

    private final String label;

    ConditionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
