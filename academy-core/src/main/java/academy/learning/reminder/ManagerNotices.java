package academy.learning.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.Person;
import academy.practice.Practice;
import academy.shared.mail.Mailer;
import academy.shared.time.AcademyCalendar;

/**
 * One practice's managers' mails for one day, in a transaction of its own: escalations (an item
 * more than the threshold overdue, once per item, told the day it happens) and, on Mondays, the
 * weekly digest (once per practice and week). The practice's row is locked first, and what was
 * already escalated or sent is read after the lock, so instances running the pass together send
 * each mail once; the unique keys on item and on practice and week back this. On a Monday the
 * day's escalations are in the digest, so a manager gets one mail a day.
 */
@ApplicationScoped
public class ManagerNotices {

    /** Names listed per section of a manager's mail; the matrix link shows the rest. */
    static final int LISTED = 20;
    static final int MAX_MANAGERS = 20;
    static final DayOfWeek DIGEST_DAY = DayOfWeek.MONDAY;
    static final String MATRIX = "/practice/matrix.xhtml?practice=";

    @Inject
    ReminderRecords records;

    @Inject
    Mailer mailer;

    /** What one practice's turn did. */
    public record Sent(int escalated, boolean digest, int mails) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> practicesWithTrainingDue(Instant now, LocalDate horizon, long afterId, int max) {
        return records.practicesWithTrainingDue(now, horizon, afterId, max);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Sent notify(long practiceId, Instant now, int escalateAfterDays) {
        Optional<Practice> locked = records.lockPractice(practiceId);
        if (locked.isEmpty()) {
            return new Sent(0, false, 0);
        }
        Practice practice = locked.get();
        LocalDate today = AcademyCalendar.dayOf(now);
        List<ReminderRecords.Named> escalatedToday = records.toEscalate(practiceId, now, today.minusDays(escalateAfterDays),
                LearnerReminders.MAX_ITEMS);
        escalatedToday.forEach(item -> records.add(new Escalation(item.itemId(), item.personId(), practiceId, today, now)));
        List<Person> managers = records.managersOf(practiceId, MAX_MANAGERS);
        String overdueLink = mailer.link(MATRIX + practiceId + "&status=overdue-assignment");
        if (today.getDayOfWeek() == DIGEST_DAY && !records.digestSent(practiceId, today)) {
            LocalDate horizon = today.plusDays(ReminderSchedule.DUE_SOON_DAYS);
            long[] counts = records.counts(practiceId, now, horizon);
            if (counts[0] + counts[1] > 0) {
                records.add(new PracticeDigest(practiceId, today, now));
                ManagerMail.Digest digest = new ManagerMail.Digest(practice.name(), counts[0], counts[1],
                        records.overdue(practiceId, now, LISTED + 1), records.dueSoon(practiceId, now, horizon, LISTED + 1),
                        records.escalatedOpen(practiceId, now, LISTED + 1).stream()
                                .filter(item -> escalatedToday.stream().noneMatch(e -> e.itemId() == item.itemId())).toList(),
                        escalatedToday, overdueLink, mailer.link(MATRIX + practiceId + "&status=due-soon"));
                managers.forEach(manager -> mailer.send(ManagerMail.digest(manager.email().value(), manager.displayName(),
                        digest, today, LISTED)));
                return new Sent(escalatedToday.size(), true, managers.size());
            }
        }
        if (escalatedToday.isEmpty()) {
            return new Sent(0, false, 0);
        }
        managers.forEach(manager -> mailer.send(ManagerMail.escalation(manager.email().value(), manager.displayName(),
                practice.name(), escalatedToday, escalateAfterDays, today, overdueLink, LISTED)));
        return new Sent(escalatedToday.size(), false, managers.size());
    }
}
