package academy.learning.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Which reminder stage a piece of assigned training has reached on a day (UK days). Pure.
 *
 * <p>The pass sends, for each open item, only the <em>latest</em> stage reached, and only when no
 * stage at or after it was sent: so training assigned nine days before it is due gets one "due
 * soon" notice (which also says it is new), not an "assigned" notice and a "due soon" notice on
 * consecutive days; and a morning the pass did not run (an outage) is caught up the next morning
 * without a burst of stale notices.
 */
public final class ReminderSchedule {

    /** The "due soon" notice goes this many days before the due day. */
    public static final int DUE_SOON_DAYS = 14;
    /** Overdue notices go every this many days, from the day after the due day. */
    public static final int OVERDUE_EVERY_DAYS = 7;
    /** Weekly overdue notices sent at most, by default. */
    public static final int DEFAULT_OVERDUE_LIMIT = 4;

    private final int overdueLimit;

    public ReminderSchedule(int overdueLimit) {
        if (overdueLimit < 0) {
            throw new IllegalArgumentException("the overdue limit is 0 or more: " + overdueLimit);
        }
        this.overdueLimit = overdueLimit;
    }

    public int overdueLimit() {
        return overdueLimit;
    }

    /** The latest stage reached on {@code today} by training due on {@code dueOn}; none once the overdue notices are spent. */
    public Optional<ReminderStage> reachedOn(LocalDate today, LocalDate dueOn) {
        long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
        if (daysLeft > DUE_SOON_DAYS) {
            return Optional.of(ReminderStage.ASSIGNED);
        }
        if (daysLeft > 0) {
            return Optional.of(ReminderStage.DUE_SOON);
        }
        if (daysLeft == 0) {
            return Optional.of(ReminderStage.DUE_TODAY);
        }
        if (overdueLimit == 0) {
            return Optional.empty();
        }
        long weekly = 1 + (-daysLeft - 1) / OVERDUE_EVERY_DAYS;
        return Optional.of(ReminderStage.overdue((int) Math.min(overdueLimit, weekly)));
    }

    /** The stage to send now: the latest reached, unless a stage at or after it was sent ({@code sentRank}, -1 for none). */
    public Optional<ReminderStage> toSend(LocalDate today, LocalDate dueOn, int sentRank) {
        return reachedOn(today, dueOn).filter(stage -> stage.rank() > sentRank);
    }

    /**
     * The earliest due day an item may have and still reach a stage not sent before today, give or
     * take a week missed: the pass looks no further back for people it has written to before.
     */
    public LocalDate oldestDueStillReminded(LocalDate today) {
        return today.minusDays(1L + (long) OVERDUE_EVERY_DAYS * Math.max(0, overdueLimit - 1) + OVERDUE_EVERY_DAYS);
    }
}
