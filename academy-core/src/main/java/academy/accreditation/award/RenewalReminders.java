package academy.accreditation.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When an award's renewal reminders go: one when the renewal window opens ({@code windowDays}
 * before the last valid day) and one {@value #FINAL_REMINDER_DAYS} days before it. Each is named by
 * its days before expiry, which the award records once sent. A night the job did not run must not
 * make a practice get two mails at once: only the latest reminder whose day has come goes, and the
 * earlier ones count as passed.
 */
public final class RenewalReminders {

    /** The last reminder goes this many days before the last valid day. */
    public static final int FINAL_REMINDER_DAYS = 30;

    private final int windowDays;

    public RenewalReminders(int windowDays) {
        this.windowDays = Math.max(0, windowDays);
    }

    /** The reminders of the schedule, in days before the last valid day, earliest first (largest number first). */
    public List<Integer> schedule() {
        TreeSet<Integer> days = new TreeSet<>();
        if (windowDays > 0) {
            days.add(windowDays);
            // A window shorter than the final reminder has only its opening reminder.
            if (windowDays > FINAL_REMINDER_DAYS) {
                days.add(FINAL_REMINDER_DAYS);
            }
        }
        return List.copyOf(days.descendingSet());
    }

    /**
     * The reminder to send today, if any: the one with the fewest days before expiry whose day has
     * come and that was not sent, while the award is still valid.
     */
    public Optional<Integer> dueOn(LocalDate today, LocalDate validUntil, List<Integer> alreadySent) {
        if (today.isAfter(validUntil)) {
            return Optional.empty();
        }
        Optional<Integer> latestArrived = schedule().stream()
                .filter(days -> !today.isBefore(validUntil.minusDays(days)))
                .reduce((earlier, later) -> later);
        return latestArrived.filter(days -> !alreadySent.contains(days));
    }

    /** The reminders that count as passed once {@code sent} has gone: it and every earlier one. */
    public List<Integer> passedWith(int sent) {
        return schedule().stream().filter(days -> days >= sent).toList();
    }
}
