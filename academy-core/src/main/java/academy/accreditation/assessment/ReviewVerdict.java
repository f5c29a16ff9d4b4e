package academy.accreditation.assessment;

/** Where the assessor's review of one criterion stands. */
public enum ReviewVerdict {
    ACCEPTED("Accepted"),
    /** The assessor asked the practice for more evidence; the practice has not answered yet. */
    EVIDENCE_REQUESTED("More evidence requested"),
    /** The practice answered the request; the assessor looks again. */
    ANSWERED("Answered by the practice");

    private final String label;

    ReviewVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
