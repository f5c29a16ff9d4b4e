package academy.practice;

/** Who ran a patient upskilling session (one or more of these). */
public enum SessionRunner {
    STAFF("Practice staff"),
    PPG_CHAMPIONS("PPG digital champions"),
    STUDENTS_ON_PLACEMENT("Students on placement"),
    OTHER("Others");

    private final String label;

    SessionRunner(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
