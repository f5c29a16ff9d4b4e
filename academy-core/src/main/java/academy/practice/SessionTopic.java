package academy.practice;

/** What a patient upskilling session was about. */
public enum SessionTopic {
    ONLINE_ACCESS("Online access to records"),
    NHS_APP("The NHS App"),
    REPEAT_PRESCRIPTIONS("Ordering repeat prescriptions online"),
    APPOINTMENTS("Booking appointments online"),
    LONG_TERM_CONDITION_APPS("Apps for long-term conditions"),
    VIDEO_CONSULTATIONS("Video consultations"),
    OTHER("Other");

    private final String label;

    SessionTopic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
