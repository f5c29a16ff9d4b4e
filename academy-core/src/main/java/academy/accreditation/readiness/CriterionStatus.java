package academy.accreditation.readiness;

import java.util.Locale;

/** Where a practice stands on one criterion, live. */
public enum CriterionStatus {
    MET("Met"),
    NOT_MET("Not met"),
    /** The data meets it, or the criterion is judged on evidence, but the evidence is missing. */
    AWAITING_EVIDENCE("Awaiting evidence"),
    /** Evidence is given; only an assessor can say whether it is enough. */
    AWAITING_ASSESSOR("Awaiting assessor");

    private final String label;

    CriterionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** For CSS classes and JSON, e.g. {@code awaiting-evidence}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
