package academy.accreditation.award;

/** An award's standing on a given day, derived from its dates and what happened to it. */
public enum AwardStatus {
    /** Valid, and not yet in its renewal window. */
    CURRENT("Current"),
    /** Valid, and its renewal window has opened. */
    RENEWAL_DUE("Renewal due"),
    /** Its validity ended without renewal. */
    LAPSED("Lapsed"),
    REVOKED("Revoked"),
    /** Replaced by a renewal or a later award. */
    SUPERSEDED("Superseded");

    private final String label;

    AwardStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True while the practice may show the kite mark. */
    public boolean isValid() {
        return this == CURRENT || this == RENEWAL_DUE;
    }
}
