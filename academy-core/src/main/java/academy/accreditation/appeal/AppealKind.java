package academy.accreditation.appeal;

/** What a practice appeals against. */
public enum AppealKind {
    /** An assessor refused the practice's application. */
    REFUSAL("Refusal of an application"),
    /** The practice's kite mark was revoked. */
    REVOCATION("Revocation of the kite mark");

    private final String label;

    AppealKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
