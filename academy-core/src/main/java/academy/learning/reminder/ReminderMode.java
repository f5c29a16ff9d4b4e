package academy.learning.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** How a learner chose to hear about their assigned training (the profile page). */
public enum ReminderMode {
    /** Each reminder on the morning it falls due (the default). */
    EACH("Each reminder as it falls due", "One email on a morning something is assigned, due soon, due or overdue"),
    /** One digest on Mondays; a mandatory item's overdue notices still go on their day. */
    WEEKLY("A weekly digest", "One email on Mondays; overdue notices of mandatory training still come on their day"),
    /** Unsubscribed: only the overdue notices of mandatory training, which cannot be switched off. */
    MANDATORY_OVERDUE_ONLY("Only overdue mandatory training", "Overdue notices of mandatory training cannot be switched off");

    /** The learners' weekly digest goes on this day, with the managers'. */
    public static final DayOfWeek DIGEST_DAY = DayOfWeek.MONDAY;

    private final String label;
    private final String hint;

    ReminderMode(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** Whether a stage of an item goes today under this choice. */
    public boolean sends(ReminderStage stage, boolean mandatory, LocalDate today) {
        if (stage.isOverdue() && mandatory) {
            return true;
        }
        return switch (this) {
            case EACH -> true;
            case WEEKLY -> today.getDayOfWeek() == DIGEST_DAY;
            case MANDATORY_OVERDUE_ONLY -> false;
        };
    }
}
