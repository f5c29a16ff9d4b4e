package academy.learning.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.shared.time.AcademyCalendar;

/**
 * The daily reminder pass over assigned training. First the learners: walks the people with open, unfulfilled
 * training in batches by id (never one unbounded list) and gives each their day's reminders in a
 * transaction of their own ({@link LearnerReminders}), so a failure costs one person, tried again
 * the next day. Then the practices with training overdue or due soon, for their managers
 * ({@link ManagerNotices}: escalations, and the weekly digest on Mondays), likewise. Several instances may run it at the same moment: each person's row is locked
 * while they are reminded, so every mail goes once. Takes "now" as an argument, so tests run any
 * day they like.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DailyReminders {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(DailyReminders.class.getName());

    @Inject
    LearnerReminders learners;

    @Inject
    ReminderTerms terms;

    @Inject
    ManagerNotices managers;

    /**
     * What a pass did: learners looked at, reminder mails queued, items they named; practices looked
     * at, items escalated, digests and managers' mails queued; learners or practices that failed.
     */
    public record Report(int people, int mails, int items, int practices, int escalated, int digests, int managerMails,
                         int failed) {
    }

    public Report run(Instant now) {
        ReminderSchedule schedule = terms.schedule();
        LocalDate today = AcademyCalendar.dayOf(now);
        int people = 0;
        int mails = 0;
        int items = 0;
        int failed = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = learners.peopleToRemind(now, schedule.oldestDueStillReminded(today),
                    today.plusDays(ReminderSchedule.DUE_SOON_DAYS), after, BATCH);
            for (long personId : batch) {
                people++;
                try {
                    int named = learners.remind(personId, now, schedule);
                    if (named > 0) {
                        mails++;
                        items += named;
                    }
                } catch (RuntimeException failure) {
                    failed++;
                    LOG.log(Level.WARNING, "Reminders failed for person " + personId + "; tried again tomorrow", failure);
                }
                after = personId;
            }
        } while (batch.size() == BATCH);
        int practices = 0;
        int escalated = 0;
        int digests = 0;
        int managerMails = 0;
        after = 0;
        do {
            batch = managers.practicesWithTrainingDue(now, today.plusDays(ReminderSchedule.DUE_SOON_DAYS), after, BATCH);
            for (long practiceId : batch) {
                practices++;
                try {
                    ManagerNotices.Sent sent = managers.notify(practiceId, now, terms.escalateAfterDays());
                    escalated += sent.escalated();
                    digests += sent.digest() ? 1 : 0;
                    managerMails += sent.mails();
                } catch (RuntimeException failure) {
                    failed++;
                    LOG.log(Level.WARNING, "Managers' notices failed for practice " + practiceId + "; tried again tomorrow", failure);
                }
                after = practiceId;
            }
        } while (batch.size() == BATCH);
        Report report = new Report(people, mails, items, practices, escalated, digests, managerMails, failed);
        LOG.info(() -> "Reminders for " + today + ": " + report);
        return report;
    }
}
