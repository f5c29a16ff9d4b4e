package academy.accreditation.award;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.accreditation.application.AssessmentDecision;
import academy.accreditation.application.KiteMarkApplication;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.shared.Actor;
import academy.shared.NotFoundException;

/**
 * Kite-mark awards: made when an awarding decision closes an application, and found by serial or
 * practice. Joins the caller's transaction; the assessment service decides, this records.
 */
@ApplicationScoped
@Transactional
public class Awards {

    public static final AuditAction AWARDED = new AuditAction("accreditation.awarded");
    public static final String NOT_FOUND = "No kite mark with this serial number was found.";

    @Inject
    KiteMarkAwards store;

    @Inject
    AwardTerms terms;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AwardGranted> granted;

    @Inject
    Clock clock;

    /**
     * Records the award an awarding decision makes, valid from today for the configured months,
     * supersedes the practice's award still in force (a renewal) and tells observers.
     */
    public KiteMarkAward grant(Actor actor, KiteMarkApplication application, AssessmentDecision decision,
                               List<KiteMarkAward.ConditionTerms> conditions) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        AwardSerial serial = AwardSerial.of(today.getYear(), store.nextSerialNumber());
        KiteMarkAward award = KiteMarkAward.grant(serial, application, decision, today, terms.validityMonths(),
                conditions, now);
        store.add(award);
        ofPractice(application.practice().id()).stream()
                .filter(earlier -> !earlier.equals(award) && earlier.status(today, 0).isValid())
                .forEach(earlier -> earlier.supersedeBy(award, now));
        audit.record(actor, AWARDED, new AuditSubject("award", serial.value()), Optional.of(application.practice().id()),
                application.levelTitle() + " awarded (" + decision.outcome().label() + "), valid " + award.validFrom()
                        + " to " + award.validUntil() + (conditions.isEmpty() ? "" : ", " + conditions.size() + " condition(s)"));
        store.flush();
        granted.fire(new AwardGranted(award.id()));
        return award;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<KiteMarkAward> findBySerial(String serialText) {
        return AwardSerial.parse(serialText).flatMap(store::findBySerial);
    }

    /** @throws NotFoundException when there is no award with that serial */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KiteMarkAward getBySerial(String serialText) {
        return findBySerial(serialText).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** The practice's awards, newest first (a practice holds a handful over the years). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KiteMarkAward> ofPractice(long practiceId) {
        return store.ofPractice(practiceId);
    }

    /** Today in the academy's calendar (UTC), for statuses. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public AwardTerms terms() {
        return terms;
    }
}
