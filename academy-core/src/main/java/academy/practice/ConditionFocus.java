package academy.practice;

/** The long-term condition a patient upskilling session concentrated on, if any. */
public enum ConditionFocus {
    ASTHMA("Asthma"),
    DIABETES("Diabetes"),
    COPD("COPD"),
    HYPERTENSION("Hypertension"),
    HEART_FAILURE("Heart failure"),
    MENTAL_HEALTH("Mental health"),
    OTHER("Other");

    private final String label;

    ConditionFocus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
