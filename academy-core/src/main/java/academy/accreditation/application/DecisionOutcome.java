package academy.accreditation.application;

/** What an assessor decides on an application. Every outcome carries reasons. */
public enum DecisionOutcome {
    AWARD("Award", ApplicationStatus.AWARDED),
    /** Awarded, with conditions the practice must meet by their deadlines. */
    AWARD_WITH_CONDITIONS("Award with conditions", ApplicationStatus.AWARDED),
    /** Not yet: the practice acts on the reasons and applies again. */
    DEFER("Defer", ApplicationStatus.DEFERRED),
    REFUSE("Refuse", ApplicationStatus.REFUSED);

    private final String label;
    private final ApplicationStatus closesAs;

    DecisionOutcome(String label, ApplicationStatus closesAs) {
        this.label = label;
        this.closesAs = closesAs;
    }

    public String label() {
        return label;
    }

    /** The status the application takes when this decision closes it. */
    public ApplicationStatus closesAs() {
        return closesAs;
    }

    public boolean awards() {
        return closesAs == ApplicationStatus.AWARDED;
    }
}
