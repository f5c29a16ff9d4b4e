/**
 * Reminding learners of their assigned training ({@code academy.learning.assignment}): the daily
 * pass ({@link academy.learning.reminder.DailyReminders}) sends each learner at most one mail a day
 * naming every item that reached a stage of {@link academy.learning.reminder.ReminderSchedule}
 * (assigned, due soon, due today, weekly while overdue up to a limit), and records each stage sent
 * per item ({@link academy.learning.reminder.SentReminder}) so it goes once. Reminders stop when
 * the training is fulfilled or ends.
 */
package academy.learning.reminder;
