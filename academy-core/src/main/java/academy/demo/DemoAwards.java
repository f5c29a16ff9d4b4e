package academy.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.account.EmailAddress;
import academy.account.People;
import academy.account.Person;
import academy.accreditation.application.Accreditation;
import academy.accreditation.application.AssessmentDecision;
import academy.accreditation.application.DecidedAs;
import academy.accreditation.application.DecisionOutcome;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.award.AwardGranted;
import academy.accreditation.award.AwardRevoked;
import academy.accreditation.award.AwardSerial;
import academy.accreditation.award.AwardTerms;
import academy.accreditation.award.Awards;
import academy.accreditation.award.KiteMarkAward;
import academy.accreditation.readiness.CriterionReadiness;
import academy.accreditation.readiness.CriterionStatus;
import academy.accreditation.readiness.LevelReadiness;
import academy.accreditation.scheme.CriterionKind;
import academy.accreditation.scheme.SchemeLevel;
import academy.accreditation.scheme.SchemeVersion;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.practice.OdsCode;
import academy.practice.Practice;
import academy.practice.Practices;
import academy.shared.Actor;

/**
 * The demo region's kite marks, so that the public register and the region's dashboard have
 * something to show: Millbrook, Castle Street and Orchard Lane hold the three levels (Millbrook's
 * is due for renewal), Kingsmead's kite mark lapsed and it has applied again, Westgate is in review
 * and Harbour View's kite mark was revoked. Riverside and Hawthorn, the practices of the demo
 * accounts, are left alone. Dates count back from the day of seeding. Idempotent: a practice that
 * has any application already is left as it is.
 */
@ApplicationScoped
@Transactional
public class DemoAwards {

    static final String ASSESSOR = "assessor@academy.example";
    static final AuditAction LAPSED = new AuditAction("accreditation.lapsed");
    static final AuditAction REVOKED = new AuditAction("accreditation.revoked");
    static final String REVOCATION_REASON = "The practice switched off online appointment booking for three months"
            + " without telling patients; the kite mark asks for online services that patients can rely on.";

    /** What happens to one demo practice: a level, days ago it applied and was decided, and what followed. */
    enum Story { IN_FORCE, LAPSED_THEN_APPLIED, IN_REVIEW, REVOKED }

    record DemoAward(String odsCode, int levelRank, int daysAgo, Story story) {
    }

    static final List<DemoAward> AWARDS = List.of(
            // Decided 685 days ago: some 45 days before the end of a 24-month award, inside its renewal window.
            new DemoAward("Y09003", 1, 713, Story.IN_FORCE),
            new DemoAward("Y09004", 2, 200, Story.IN_FORCE),
            new DemoAward("Y09005", 3, 60, Story.IN_FORCE),
            new DemoAward("Y09006", 1, 800, Story.LAPSED_THEN_APPLIED),
            new DemoAward("Y09007", 2, 12, Story.IN_REVIEW),
            new DemoAward("Y09008", 1, 300, Story.REVOKED));

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Practices practices;

    @Inject
    People people;

    @Inject
    Accreditation accreditation;

    @Inject
    AwardTerms terms;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    // The demo's awards get their certificates (and revocations) as real ones do.
    @Inject
    Event<AwardGranted> granted;

    @Inject
    Event<AwardRevoked> revoked;

    /** Adds the demo applications and awards still missing; returns how many practices got them. */
    public int seed() {
        Optional<SchemeVersion> scheme = accreditation.findCurrentScheme();
        Optional<Person> assessor = people.findByEmail(EmailAddress.of(ASSESSOR));
        if (scheme.isEmpty() || assessor.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int seeded = 0;
        for (DemoAward demo : AWARDS) {
            Optional<Practice> practice = practices.findByOdsCode(OdsCode.of(demo.odsCode()));
            Optional<SchemeLevel> level = scheme.get().levels().stream().filter(l -> l.rank() == demo.levelRank()).findFirst();
            if (practice.isEmpty() || level.isEmpty() || hasApplied(practice.get())) {
                continue;
            }
            tell(practice.get(), scheme.get(), level.get(), demo, assessor.get(), now);
            seeded++;
        }
        return seeded;
    }

    private void tell(Practice practice, SchemeVersion scheme, SchemeLevel level, DemoAward demo, Person assessor,
                      Instant now) {
        Instant submitted = now.minus(Duration.ofDays(demo.daysAgo()));
        KiteMarkApplication application = apply(practice, scheme, level, submitted);
        application.assignTo(assessor, submitted.plus(Duration.ofDays(2)));
        if (demo.story() == Story.IN_REVIEW) {
            return;
        }
        // Decided four weeks after it was submitted.
        Instant decided = submitted.plus(Duration.ofDays(28));
        AssessmentDecision decision = new AssessmentDecision(application, DecisionOutcome.AWARD,
                "Every criterion was met; the evidence was clear and current.", assessor, DecidedAs.ASSESSOR, decided);
        em.persist(decision);
        application.close(DecisionOutcome.AWARD, decided);
        LocalDate validFrom = LocalDate.ofInstant(decided, ZoneOffset.UTC);
        AwardSerial serial = AwardSerial.of(validFrom.getYear(),
                ((Number) em.createNativeQuery("SELECT nextval('award_serial_seq')").getSingleResult()).longValue());
        KiteMarkAward award = KiteMarkAward.grant(serial, application, decision, validFrom, terms.validityMonths(), List.of(),
                decided);
        em.persist(award);
        em.flush();
        granted.fire(new AwardGranted(award.id()));
        audit.record(Actor.system(), Awards.AWARDED, new AuditSubject("award", serial.value()), Optional.of(practice.id()),
                "Demo: " + level.title() + " awarded, valid " + award.validFrom() + " to " + award.validUntil());
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (demo.story() == Story.LAPSED_THEN_APPLIED) {
            award.lapseIfExpired(today, now);
            audit.record(Actor.system(), LAPSED, new AuditSubject("award", serial.value()), Optional.of(practice.id()),
                    "Demo: lapsed after " + award.validUntil());
            apply(practice, scheme, level, now.minus(Duration.ofDays(5)));
        } else if (demo.story() == Story.REVOKED) {
            award.revoke(REVOCATION_REASON, assessor, today, now.minus(Duration.ofDays(30)));
            revoked.fire(new AwardRevoked(award.id(), REVOCATION_REASON));
            audit.record(Actor.system(), REVOKED, new AuditSubject("award", serial.value()), Optional.of(practice.id()),
                    "Demo: revoked: " + REVOCATION_REASON);
        }
    }

    /** An application as if the practice had met every criterion checked from its records on the day. */
    private KiteMarkApplication apply(Practice practice, SchemeVersion scheme, SchemeLevel level, Instant at) {
        List<CriterionReadiness> criteria = scheme.criteria().stream().filter(level::requires)
                .map(c -> new CriterionReadiness(c, c.kind() == CriterionKind.EVIDENCE ? CriterionStatus.AWAITING_ASSESSOR
                        : CriterionStatus.MET, "Met on the day of the demo application", Optional.empty(), List.of(),
                        Optional.empty()))
                .toList();
        KiteMarkApplication application = KiteMarkApplication.submit(practice, scheme, new LevelReadiness(level, criteria),
                Optional.empty(), at);
        em.persist(application);
        audit.record(Actor.system(), Accreditation.APPLIED, AuditSubject.of("application", application.id()),
                Optional.of(practice.id()), "Demo: applied for " + level.title());
        return application;
    }

    private boolean hasApplied(Practice practice) {
        return !em.createQuery("SELECT a.id FROM KiteMarkApplication a WHERE a.practice.id = :practiceId", Long.class)
                .setParameter("practiceId", practice.id()).setMaxResults(1).getResultList().isEmpty();
    }
}
