package academy.web.certificate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.account.Person;
import academy.accreditation.application.Accreditation;
import academy.accreditation.application.AssessmentDecision;
import academy.accreditation.application.DecidedAs;
import academy.accreditation.application.DecisionOutcome;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.award.AwardRevoked;
import academy.accreditation.award.Awards;
import academy.accreditation.award.KiteMarkAward;
import academy.accreditation.readiness.CriterionReadiness;
import academy.accreditation.readiness.CriterionStatus;
import academy.accreditation.readiness.LevelReadiness;
import academy.accreditation.scheme.SchemeLevel;
import academy.accreditation.scheme.SchemeVersion;
import academy.certificate.AwardCertificates;
import academy.practice.Practice;
import academy.shared.Actor;

/**
 * Test deployments only (added by {@link AwardCertificateIT}): makes and revokes awards through the
 * academy's own services and entities, as the assessor workflow and the award lifecycle will, which
 * are built elsewhere. An application is persisted with every criterion of the level met, the demo
 * assessor decides to award, and {@link Awards#grant} fires {@code AwardGranted} in the transaction.
 */
@ApplicationScoped
@Transactional
public class AwardFixture {

    static final String ASSESSOR = "assessor@academy.example";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Accreditation accreditation;

    @Inject
    Awards awards;

    @Inject
    AwardCertificates awardCertificates;

    @Inject
    Event<AwardRevoked> revoked;

    @Inject
    Clock clock;

    /** Awards the practice the level (by rank) of the scheme in force; returns the award. */
    public KiteMarkAward grant(long practiceId, int rank) {
        Instant now = clock.instant();
        Practice practice = em.find(Practice.class, practiceId);
        SchemeVersion scheme = accreditation.findCurrentScheme().orElseThrow();
        SchemeLevel level = scheme.levels().stream().filter(l -> l.rank() == rank).findFirst().orElseThrow();
        List<CriterionReadiness> met = scheme.criteria().stream().filter(level::requires)
                .map(c -> new CriterionReadiness(c, CriterionStatus.MET, "Met, as the test says", Optional.empty(), List.of(),
                        Optional.empty())).toList();
        KiteMarkApplication application = KiteMarkApplication.submit(practice, scheme, new LevelReadiness(level, met),
                Optional.empty(), now);
        em.persist(application);
        Person assessor = assessor();
        application.assignTo(assessor, now);
        AssessmentDecision decision = new AssessmentDecision(application, DecisionOutcome.AWARD,
                "Every criterion is met and the evidence is convincing.", assessor, DecidedAs.ASSESSOR, now);
        em.persist(decision);
        application.close(DecisionOutcome.AWARD, now);
        return awards.grant(Actor.system(), application, decision, List.of());
    }

    /** Revokes the award as the lifecycle's revocation service will: the entity's verb, then the event. */
    public void revoke(long awardId, String reason) {
        KiteMarkAward award = em.find(KiteMarkAward.class, awardId);
        award.revoke(reason, assessor(), awards.today(), clock.instant());
        revoked.fire(new AwardRevoked(awardId, reason));
    }

    /** An appeal against the revocation is upheld: the award stands again and gets a new certificate. */
    public void reinstate(long awardId) {
        em.find(KiteMarkAward.class, awardId).reinstate();
        awardCertificates.reissueAfterReinstatement(Actor.system(), awardId);
    }

    private Person assessor() {
        return em.createNamedQuery("Person.byEmail", Person.class).setParameter("email", ASSESSOR).getSingleResult();
    }
}
