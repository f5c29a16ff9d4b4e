package academy.accreditation.award;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.People;
import academy.account.Person;
import academy.audit.AuditAction;
import academy.audit.AuditEntry;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.practice.AssessorConflicts;
import academy.practice.MembershipStatus;
import academy.practice.Practice;
import academy.practice.PracticeAccess;
import academy.practice.Practices;
import academy.shared.AccessDeniedException;
import academy.shared.Actor;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.shared.mail.MailMessage;
import academy.shared.mail.Mailer;
import academy.shared.time.AcademyCalendar;

/**
 * The life of an award once it is made: lapsing at expiry, conditions missed at their deadline,
 * renewal reminders, revocation, closing conditions, and the timeline of every accreditation step
 * of a practice. Each nightly step is its own transaction on one locked row, so several instances
 * running the job at once do each thing once. The practice's kite mark as it stands, with what it
 * may appeal, is read in the appeal package ({@code Appeals.kiteMarkOf}), above this one.
 */
@ApplicationScoped
@Transactional
public class AwardLifecycle {

    public static final AuditAction LAPSED = new AuditAction("accreditation.lapsed");
    public static final AuditAction CONDITION_MISSED = new AuditAction("accreditation.condition-missed");
    public static final AuditAction CONDITION_CLOSED = new AuditAction("accreditation.condition-closed");
    public static final AuditAction REMINDED = new AuditAction("accreditation.renewal-reminded");
    public static final AuditAction REVOKED = new AuditAction("accreditation.revoked");
    static final String TIMELINE_PREFIX = "accreditation.";
    public static final String NO_AWARD = "There is no such kite mark, or it is not yours to see.";
    static final String NO_CONDITION = "There is no such condition, or it is not yours to see.";

    @Inject
    KiteMarkAwards store;

    @Inject
    People people;

    @Inject
    AwardTerms terms;

    @Inject
    PracticeAccess access;

    @Inject
    AssessorConflicts conflicts;

    @Inject
    Practices practices;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    Event<AwardRevoked> revoked;

    @Inject
    Clock clock;

    /** The academy's "now", for pages that act on the lifecycle and appeals. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant now() {
        return clock.instant();
    }

    // ---- the nightly steps (see NightlyAwardChecks) ----

    /** Up to {@code max} ids of awards in force whose last valid day is before {@code today}, after {@code after}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> expiredAwards(LocalDate today, long after, int max) {
        return store.expiredInForce(today, after, max);
    }

    /** Up to {@code max} ids of awards in force whose renewal window has opened by {@code today}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> awardsInRenewalWindow(LocalDate today, long after, int max) {
        return store.inForceUntilBetween(today, today.plusDays(terms.renewalWindowDays()), after, max);
    }

    /** Up to {@code max} ids of open conditions whose deadline is before {@code today}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> overdueConditions(LocalDate today, long after, int max) {
        return store.overdueConditions(today, after, max);
    }

    /** Records the award's lapse if it has expired; true when this call did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean lapse(long awardId, Instant now) {
        Optional<KiteMarkAward> locked = store.lock(awardId);
        if (locked.filter(a -> a.lapseIfExpired(today(now), now)).isEmpty()) {
            return false;
        }
        KiteMarkAward award = locked.get();
        audit.record(Actor.system(), LAPSED, new AuditSubject("award", award.serial().value()),
                Optional.of(award.practice().id()), award.levelTitle() + " lapsed: it was valid until " + AcademyCalendar.day(award.validUntil())
                        + " and was not renewed");
        return true;
    }

    /** Marks the condition missed if its deadline has passed while open; true when this call did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean missIfOverdue(long conditionId, Instant now) {
        Optional<AwardCondition> locked = store.lockCondition(conditionId);
        if (locked.filter(c -> c.missIfOverdue(today(now), now)).isEmpty()) {
            return false;
        }
        AwardCondition condition = locked.get();
        KiteMarkAward award = condition.award();
        audit.record(Actor.system(), CONDITION_MISSED, AuditSubject.of("condition", condition.id()),
                Optional.of(award.practice().id()), "Condition " + condition.position() + " of " + award.serial().value()
                        + " missed: its deadline was " + AcademyCalendar.day(condition.deadline()) + " (" + condition.description() + ")");
        return true;
    }

    /**
     * Sends the renewal reminder due today to the practice's managers, once: the reminder is
     * recorded on the locked award in the transaction that queues the mail.
     *
     * @return the reminder sent (days before expiry), if one was due
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Integer> remind(long awardId, Instant now) {
        LocalDate today = today(now);
        Optional<KiteMarkAward> locked = store.lock(awardId).filter(a -> a.status(today, terms.renewalWindowDays()).isValid());
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        KiteMarkAward award = locked.get();
        RenewalReminders reminders = new RenewalReminders(terms.renewalWindowDays());
        List<Integer> sent = reminders.schedule().stream().filter(award::reminderSent).toList();
        Optional<Integer> due = reminders.dueOn(today, award.validUntil(), sent);
        due.ifPresent(days -> {
            reminders.passedWith(days).forEach(award::recordReminder);
            Practice practice = award.practice();
            List<Person> managers = practices.membershipsOf(practice, EnumSet.of(MembershipStatus.ACTIVE)).stream()
                    .filter(m -> m.isManager()).map(m -> m.person()).toList();
            managers.forEach(manager -> mailer.send(reminderMail(award, manager, today)));
            audit.record(Actor.system(), REMINDED, new AuditSubject("award", award.serial().value()),
                    Optional.of(practice.id()), "Renewal reminder (" + days + " days before expiry) sent to "
                            + managers.size() + " manager(s); valid until " + AcademyCalendar.day(award.validUntil()));
        });
        return due;
    }

    private MailMessage reminderMail(KiteMarkAward award, Person manager, LocalDate today) {
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, award.validUntil());
        String subject = "Your kite mark: renewal due by " + AcademyCalendar.day(award.validUntil());
        String body = "Dear " + manager.displayName() + ",\n\n"
                + award.practice().name() + " holds the kite mark at " + award.levelTitle() + " (serial "
                + award.serial().value() + "). It is valid until " + AcademyCalendar.day(award.validUntil()) + ", in " + daysLeft
                + " days.\n\nTo keep it, apply again before then: your readiness page shows what is met and what is missing.\n"
                + mailer.link("/accreditation/readiness.xhtml?practice=" + award.practice().id()) + "\n\n"
                + "Your kite mark, its conditions and its history:\n"
                + mailer.link("/accreditation/kite-mark.xhtml?practice=" + award.practice().id()) + "\n\n"
                + "If it is not renewed, the kite mark lapses the day after it ends.\n\nThe digital health academy\n";
        return new MailMessage(manager.email().value(), subject, body);
    }

    // ---- people's actions ----

    /**
     * An assessor (free of conflicts of interest with the practice) or an administrator revokes an
     * award in force, with a reason the practice sees; the certificate feature hears of it.
     *
     * @throws NotFoundException        when there is no such award
     * @throws AccessDeniedException    unless the actor is an administrator or an assessor free to assess the practice
     * @throws academy.shared.ConflictException when the award is not in force
     * @throws academy.shared.InvalidRequestException when the reason is blank or too long
     */
    public KiteMarkAward revoke(Actor actor, long awardId, String reason, Instant now) {
        KiteMarkAward award = store.lock(awardId).orElseThrow(() -> new NotFoundException(NO_AWARD));
        requireAssessorOrAdministrator(actor, award.practice().id());
        Person by = person(actor);
        award.revoke(reason, by, today(now), now);
        audit.record(actor, REVOKED, new AuditSubject("award", award.serial().value()), Optional.of(award.practice().id()),
                award.levelTitle() + " revoked: " + award.revocationReason().orElseThrow());
        store.flush();
        revoked.fire(new AwardRevoked(award.id(), award.revocationReason().orElseThrow()));
        return award;
    }

    /**
     * An assessor (free of conflicts of interest) or an administrator closes an open condition as met
     * or waived, with a note.
     */
    public AwardCondition closeCondition(Actor actor, long conditionId, ConditionStatus outcome, String note, Instant now) {
        AwardCondition condition = store.lockCondition(conditionId).orElseThrow(() -> new NotFoundException(NO_CONDITION));
        long practiceId = condition.award().practice().id();
        requireAssessorOrAdministrator(actor, practiceId);
        condition.close(outcome, note, person(actor), now);
        audit.record(actor, CONDITION_CLOSED, AuditSubject.of("condition", condition.id()), Optional.of(practiceId),
                "Condition " + condition.position() + " of " + condition.award().serial().value() + " "
                        + outcome.label().toLowerCase(Locale.UK) + ": " + condition.closingNote().orElse(""));
        return condition;
    }

    // ---- what people see ----

    /**
     * Every accreditation step of the practice, oldest first, from its audit entries, one page at a time.
     *
     * @throws NotFoundException unless the actor manages the practice, is an assessor or an administrator
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> timeline(Actor actor, long practiceId, PageRequest page) {
        requireMayView(actor, practiceId);
        return audit.ofPractice(practiceId, TIMELINE_PREFIX, page);
    }

    /** The award with that id, for the practice's managers, assessors and administrators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KiteMarkAward getAward(Actor actor, long awardId) {
        KiteMarkAward award = store.find(awardId).orElseThrow(() -> new NotFoundException(NO_AWARD));
        if (!mayView(actor, award.practice().id())) {
            throw new NotFoundException(NO_AWARD);
        }
        return award;
    }

    /** Managers of the practice (and administrators) and assessors read a practice's kite mark. */
    public boolean mayView(Actor actor, long practiceId) {
        return access.mayManage(actor, practiceId) || actor.isAssessor();
    }

    /** @throws NotFoundException unless the actor {@link #mayView may view} the practice's kite mark */
    public void requireMayView(Actor actor, long practiceId) {
        if (!mayView(actor, practiceId)) {
            access.requireMayManage(actor, practiceId);
        }
    }

    private void requireAssessorOrAdministrator(Actor actor, long practiceId) {
        if (actor.isAdministrator()) {
            return;
        }
        if (!actor.isAssessor()) {
            throw new AccessDeniedException("Only assessors and administrators can do that.");
        }
        conflicts.requireMayAssess(actor, practiceId);
    }

    private Person person(Actor actor) {
        return people.findPerson(actor.requirePersonId())
                .orElseThrow(() -> new AccessDeniedException("Please sign in first."));
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
