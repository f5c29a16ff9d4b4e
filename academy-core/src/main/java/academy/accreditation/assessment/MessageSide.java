package academy.accreditation.assessment;

/** Who wrote a message in a criterion's thread. */
public enum MessageSide {
    ASSESSOR("Assessor"),
    PRACTICE("Practice");

    private final String label;

    MessageSide(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
