package academy.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.accreditation.application.Accreditation;
import academy.accreditation.readiness.EvidenceStatement;
import academy.accreditation.scheme.Criterion;
import academy.accreditation.scheme.CriterionKind;
import academy.accreditation.scheme.SchemeVersion;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.practice.OdsCode;
import academy.practice.Practice;
import academy.practice.Practices;
import academy.shared.Actor;

/**
 * Demo kite-mark evidence, run after the demo learning history in demo mode only: Riverside
 * (practice A) gets evidence statements for some of the scheme's evidence criteria, so that its
 * readiness page shows every status: met and not met from the learning history, sessions and
 * figures, awaiting evidence and awaiting an assessor here. Idempotent: a criterion that already
 * has a statement is left alone.
 */
@ApplicationScoped
@Transactional
public class DemoEvidence {

    /** Criterion, statement, link: what Riverside's manager has said so far. */
    static final List<String[]> STATEMENTS = List.of(
            new String[] {"wifi-survey", "Our IT partner surveyed every room in the spring: all clinical rooms and the"
                    + " waiting room now have a strong signal after two access points were added upstairs.",
                    "https://riverside.example/kite-mark/wifi-survey"},
            new String[] {"tec-code-adopted", "The partners adopted the technology-enabled care code of practice at"
                    + " the practice meeting; it is reviewed every year in March.",
                    "https://riverside.example/kite-mark/tec-code-of-practice"},
            new String[] {"social-media-policy", "Our social media policy says who posts, what is never posted and how"
                    + " complaints are answered; every member of staff signed it.",
                    "https://riverside.example/kite-mark/social-media-policy"});

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Practices practices;

    @Inject
    Accreditation accreditation;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Adds the statements still missing; returns how many. */
    public int seed() {
        Optional<Practice> riverside = practices.findByOdsCode(OdsCode.of(DemoRegion.RIVERSIDE));
        Optional<SchemeVersion> scheme = accreditation.findCurrentScheme();
        if (riverside.isEmpty() || scheme.isEmpty()) {
            return 0;
        }
        int created = 0;
        Instant now = clock.instant();
        for (String[] given : STATEMENTS) {
            Optional<Criterion> criterion = scheme.get().criteria().stream()
                    .filter(c -> c.slug().equals(given[0]) && c.kind() == CriterionKind.EVIDENCE).findFirst();
            boolean present = !em.createNamedQuery("EvidenceStatement.latestOf", EvidenceStatement.class)
                    .setParameter("practiceId", riverside.get().id()).setParameter("criterion", given[0])
                    .getResultList().isEmpty();
            if (criterion.isEmpty() || present) {
                continue;
            }
            em.persist(EvidenceStatement.first(riverside.get(), criterion.get(), given[1], given[2], Optional.empty(),
                    Optional.empty(), now.minus(Duration.ofDays(20L + 7L * created))));
            audit.record(Actor.system(), Accreditation.EVIDENCE_GIVEN, new AuditSubject("criterion", given[0]),
                    Optional.of(riverside.get().id()), "Demo evidence statement for \"" + criterion.get().title() + "\"");
            created++;
        }
        return created;
    }
}
