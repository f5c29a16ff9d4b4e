package academy.learning.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How reminders run: {@code ACADEMY_REMINDERS_OVERDUE_LIMIT}, the weekly overdue notices a learner
 * gets for one item at most (default {@value ReminderSchedule#DEFAULT_OVERDUE_LIMIT}), and
 * {@code ACADEMY_REMINDERS_ESCALATE_AFTER_DAYS}: training overdue by more than this many days is
 * escalated to the practice's managers (default {@value #DEFAULT_ESCALATE_AFTER_DAYS}).
 */
@ApplicationScoped
public class ReminderTerms {

    public static final int DEFAULT_ESCALATE_AFTER_DAYS = 30;

    @Inject
    @ConfigProperty(name = "academy.reminders.overdue-limit", defaultValue = "" + ReminderSchedule.DEFAULT_OVERDUE_LIMIT)
    int overdueLimit;

    @Inject
    @ConfigProperty(name = "academy.reminders.escalate-after-days", defaultValue = "" + DEFAULT_ESCALATE_AFTER_DAYS)
    int escalateAfterDays;

    public int escalateAfterDays() {
        return Math.max(1, escalateAfterDays);
    }

    public ReminderSchedule schedule() {
        return new ReminderSchedule(Math.max(0, overdueLimit));
    }
}
