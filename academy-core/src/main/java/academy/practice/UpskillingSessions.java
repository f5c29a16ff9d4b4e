package academy.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.shared.Actor;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * A practice's patient upskilling sessions, for its managers and administrators (anyone else is
 * told the practice does not exist). Aggregate numbers only, never patients.
 */
@ApplicationScoped
@Transactional
public class UpskillingSessions {

    static final AuditAction RECORDED = new AuditAction("practice.session-recorded");

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    Practices practices;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * @throws NotFoundException       unless the actor manages the practice
     * @throws InvalidRequestException when the details are wrong (nothing is stored)
     */
    public UpskillingSession record(Actor actor, long practiceId, SessionDetails details) {
        access.requireMayManage(actor, practiceId);
        Practice practice = practices.getPractice(practiceId);
        practice.requireActive();
        UpskillingSession session = new UpskillingSession(practice, details, today(), actor.personId(), clock.instant());
        em.persist(session);
        em.flush();
        audit.record(actor, RECORDED, AuditSubject.of("upskilling-session", session.id()), Optional.of(practiceId),
                session.heldOn() + " " + session.topic().name() + ": " + session.attendees() + " attendees, "
                        + session.onlineSignUps() + " online sign-ups");
        return session;
    }

    /** The practice's sessions, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UpskillingSession> sessions(Actor actor, long practiceId, PageRequest page) {
        access.requireMayManage(actor, practiceId);
        long total = em.createNamedQuery("UpskillingSession.countOfPractice", Long.class)
                .setParameter("practiceId", practiceId).getSingleResult();
        List<UpskillingSession> items = em.createNamedQuery("UpskillingSession.ofPractice", UpskillingSession.class)
                .setParameter("practiceId", practiceId).setFirstResult(page.offset()).setMaxResults(page.pageSize())
                .getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }

    /** How many sessions the practice held in the last 12 months, optionally only those with a condition focus. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countInLast12Months(Actor actor, long practiceId, Optional<ConditionFocus> condition) {
        access.requireMayManage(actor, practiceId);
        LocalDate after = UpskillingSession.twelveMonthsBefore(today());
        var query = em.createNamedQuery(condition.isPresent() ? "UpskillingSession.countSinceFor"
                : "UpskillingSession.countSince", Long.class)
                .setParameter("practiceId", practiceId).setParameter("after", after);
        condition.ifPresent(c -> query.setParameter("condition", c));
        return query.getSingleResult();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
