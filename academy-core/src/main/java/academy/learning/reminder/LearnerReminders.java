package academy.learning.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.Person;
import academy.shared.mail.MailMessage;
import academy.shared.mail.Mailer;
import academy.shared.time.AcademyCalendar;

/**
 * One learner's reminders for one day, in a transaction of its own.
 *
 * <p><b>Exactly once with several instances.</b> The person's row is locked first
 * ({@code SELECT … FOR UPDATE}) and held until commit; what was sent is read only after the lock
 * is taken. An instance that reaches the same person at the same moment waits, then reads the
 * stages the first recorded and the mail it queued in the same transaction, and sends nothing.
 * The unique key on item and stage ({@code assignment_reminder}) backs this: a stage recorded
 * twice fails the second transaction, mail and all. Mail goes through the outbox in this
 * transaction, so a rolled-back reminder never leaves.
 *
 * <p><b>One mail a day.</b> Everything that reached a stage is in one mail; a person sent a
 * reminder today gets nothing more until tomorrow (a second run on the same day, or training
 * assigned after the morning's run, waits for the next morning).
 *
 * <p><b>The learner's choice</b> ({@link ReminderMode}): each reminder, a weekly digest (Mondays),
 * or only mandatory overdue notices, which always go on their day. A stage held back is not
 * recorded: the item's latest stage goes on the next day the choice lets through. A mail without a
 * mandatory overdue notice carries an unsubscribe link and the RFC 8058 one-click headers.
 */
@ApplicationScoped
public class LearnerReminders {

    /** A person's open items looked at in one day, at most; any more wait for a later day. */
    static final int MAX_ITEMS = 100;
    static final String PROFILE = "/account/profile.xhtml";

    @Inject
    ReminderRecords records;

    @Inject
    Mailer mailer;

    @Inject
    ReminderPreferences preferences;

    /** A batch of the pass's walk ({@link ReminderRecords#peopleToRemind}), read in a short transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> peopleToRemind(Instant now, LocalDate oldestDue, LocalDate horizon, long afterId, int max) {
        return records.peopleToRemind(now, oldestDue, horizon, afterId, max);
    }

    /** Sends the person today's reminder mail, if anything reached a stage; answers how many items it named. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int remind(long personId, Instant now, ReminderSchedule schedule) {
        LocalDate today = AcademyCalendar.dayOf(now);
        Optional<Person> locked = records.lockPerson(personId);
        if (locked.isEmpty() || records.sentAnythingOn(personId, today)) {
            return 0;
        }
        Person person = locked.get();
        List<ReminderRecords.OpenItem> items = records.openItemsOf(personId, now, MAX_ITEMS);
        Map<Long, Integer> sent = records.sentRanks(items.stream().map(ReminderRecords.OpenItem::id).toList());
        ReminderMode mode = preferences.modeOf(personId);
        List<ReminderMail.Line> lines = new ArrayList<>();
        for (ReminderRecords.OpenItem item : items) {
            int sentRank = sent.getOrDefault(item.id(), -1);
            schedule.toSend(today, item.dueOn(), sentRank).filter(stage -> mode.sends(stage, item.mandatory(), today))
                    .ifPresent(stage -> lines.add(new ReminderMail.Line(item, stage, sentRank < 0)));
        }
        if (lines.isEmpty()) {
            return 0;
        }
        lines.forEach(line -> records.add(new SentReminder(line.item().id(), personId, line.stage(), today, now)));
        MailMessage mail = ReminderMail.of(person.email().value(), person.displayName(), lines, today,
                mailer.link(ReminderMail.MY_LEARNING));
        boolean mandatoryNotice = lines.stream().anyMatch(line -> line.stage().isOverdue() && line.item().mandatory());
        if (!mandatoryNotice) {
            // RFC 8058: a mail that may be switched off says how, in a way mail programs offer as one click.
            String unsubscribe = mailer.link(ReminderPreferences.UNSUBSCRIBE_PATH, preferences.newLink(personId, now).value());
            mail = new MailMessage(mail.to(), mail.subject(), mail.body() + "\nTo stop reminders of training that is not"
                    + " mandatory:\n" + unsubscribe + "\nor choose how often we remind you on your account page:\n"
                    + mailer.link(PROFILE) + "\n", Map.of("List-Unsubscribe", "<" + unsubscribe + ">",
                    "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        }
        mailer.send(mail);
        return lines.size();
    }
}
