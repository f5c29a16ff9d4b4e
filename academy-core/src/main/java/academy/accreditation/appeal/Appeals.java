package academy.accreditation.appeal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.account.Person;
import academy.accreditation.application.AssessmentDecision;
import academy.accreditation.application.DecisionOutcome;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.award.AwardLifecycle;
import academy.accreditation.award.AwardReinstated;
import academy.accreditation.award.KiteMarkAward;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.practice.AssessorConflicts;
import academy.practice.PracticeAccess;
import academy.practice.Practices;
import academy.shared.AccessDeniedException;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.shared.SystemRole;

/**
 * Appeals against refusals and revocations: a practice's manager lodges one within
 * {@value AppealWindow#DAYS} days; an administrator gives it to an assessor who neither took the
 * decision nor has a conflict of interest with the practice; that assessor upholds it (the award is
 * reinstated, or the application reopened for them) or dismisses it, with reasons.
 */
@ApplicationScoped
@Transactional
public class Appeals {

    public static final AuditAction LODGED = new AuditAction("accreditation.appeal-lodged");
    public static final AuditAction ASSIGNED = new AuditAction("accreditation.appeal-assigned");
    public static final AuditAction DECIDED = new AuditAction("accreditation.appeal-decided");
    public static final AuditAction REINSTATED = new AuditAction("accreditation.reinstated");
    public static final AuditAction REOPENED = new AuditAction("accreditation.reopened");
    static final String NO_APPEAL = "There is no such appeal, or it is not yours to see.";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    AssessorConflicts conflicts;

    @Inject
    Practices practices;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AwardReinstated> reinstated;

    /**
     * The practice's manager appeals the refusal of its application.
     *
     * @throws NotFoundException unless the actor manages the application's practice (or is an administrator)
     * @throws ConflictException when the application is not refused, the {@value AppealWindow#DAYS} days
     *     have passed, or an appeal against it is open
     */
    public Appeal appealRefusal(Actor actor, long applicationId, String grounds, Instant now) {
        KiteMarkApplication application = Optional.ofNullable(em.find(KiteMarkApplication.class, applicationId))
                .filter(a -> access.mayManage(actor, a.practice().id()))
                .orElseThrow(() -> new NotFoundException("There is no such application, or it is not yours to see."));
        // The practice's row lock makes two managers appealing at once take turns; the second sees the first.
        practices.lock(application.practice());
        if (!em.createNamedQuery("Appeal.openAgainstApplication", Appeal.class).setParameter("applicationId", applicationId)
                .getResultList().isEmpty()) {
            throw new ConflictException("An appeal against this refusal is already being heard.");
        }
        Person refusedBy = em.createNamedQuery("AssessmentDecision.ofApplication", AssessmentDecision.class)
                .setParameter("applicationId", applicationId).getResultList().stream()
                .filter(d -> d.outcome() == DecisionOutcome.REFUSE).reduce((first, later) -> later)
                .map(AssessmentDecision::decidedBy)
                .orElseThrow(() -> new ConflictException("Only a refused application can be appealed."));
        Appeal appeal = Appeal.againstRefusal(application, refusedBy, grounds, actor.requirePersonId(), now);
        em.persist(appeal);
        audit.record(actor, LODGED, AuditSubject.of("appeal", appeal.id()), Optional.of(application.practice().id()),
                "Appeal against the refusal of " + application.levelTitle() + " lodged: " + appeal.grounds());
        return appeal;
    }

    /**
     * The practice's manager appeals the revocation of its kite mark.
     *
     * @throws NotFoundException unless the actor manages the award's practice (or is an administrator)
     * @throws ConflictException when the award is not revoked, the days have passed, or an appeal against it is open
     */
    public Appeal appealRevocation(Actor actor, long awardId, String grounds, Instant now) {
        KiteMarkAward award = Optional.ofNullable(em.find(KiteMarkAward.class, awardId, LockModeType.PESSIMISTIC_WRITE))
                .filter(a -> access.mayManage(actor, a.practice().id()))
                .orElseThrow(() -> new NotFoundException(AwardLifecycle.NO_AWARD));
        if (!em.createNamedQuery("Appeal.openAgainstAward", Appeal.class).setParameter("awardId", awardId)
                .getResultList().isEmpty()) {
            throw new ConflictException("An appeal against this revocation is already being heard.");
        }
        Appeal appeal = Appeal.againstRevocation(award, grounds, actor.requirePersonId(), now);
        em.persist(appeal);
        audit.record(actor, LODGED, AuditSubject.of("appeal", appeal.id()), Optional.of(award.practice().id()),
                "Appeal against the revocation of " + award.serial().value() + " lodged: " + appeal.grounds());
        return appeal;
    }

    /**
     * An administrator gives the appeal to an assessor who did not take the decision and has no
     * conflict of interest with the practice.
     *
     * @throws AccessDeniedException unless the actor is an administrator
     * @throws ConflictException     when the person is not an assessor, took the decision, has a
     *     conflict of interest, or the appeal is decided
     */
    public Appeal assign(Actor actor, long appealId, long assessorId, Instant now) {
        access.requireAdministrator(actor);
        Appeal appeal = lockedAppeal(appealId);
        Person assessor = Optional.ofNullable(em.find(Person.class, assessorId))
                .filter(p -> p.holds(SystemRole.ASSESSOR))
                .orElseThrow(() -> new ConflictException("Choose an assessor to hear the appeal."));
        if (access.hasConflictOfInterest(appeal.practice(), practices.membershipsOfPerson(assessorId))) {
            throw new ConflictException(assessor.displayName() + " belongs, or belonged within the last "
                    + PracticeAccess.CONFLICT_MONTHS + " months, to " + appeal.practice().name() + "; choose another assessor.");
        }
        appeal.assignTo(assessor, now);
        audit.record(actor, ASSIGNED, AuditSubject.of("appeal", appeal.id()), Optional.of(appeal.practice().id()),
                "Appeal (" + appeal.kind().label().toLowerCase(java.util.Locale.UK) + ") given to " + assessor.displayName());
        return appeal;
    }

    /**
     * The appeal assessor's outcome. Upheld: a revoked award is reinstated, a refused application is
     * reopened for the appeal assessor to review again.
     *
     * @throws AccessDeniedException unless the actor is an assessor without a conflict of interest
     * @throws ConflictException     unless the appeal is open and given to the actor
     */
    public Appeal decide(Actor actor, long appealId, boolean upheld, String reasons, Instant now) {
        Appeal appeal = lockedAppeal(appealId);
        if (!actor.isAssessor() || appeal.assessor().map(a -> !a.id().equals(actor.requirePersonId())).orElse(true)) {
            throw new NotFoundException(NO_APPEAL);
        }
        conflicts.requireMayAssess(actor, appeal.practice().id());
        Person by = appeal.assessor().orElseThrow();
        appeal.decide(upheld, reasons, by, now);
        long practiceId = appeal.practice().id();
        audit.record(actor, DECIDED, AuditSubject.of("appeal", appeal.id()), Optional.of(practiceId),
                "Appeal " + appeal.status().label().toLowerCase(java.util.Locale.UK) + ": " + appeal.outcomeReasons().orElseThrow());
        if (upheld && appeal.kind() == AppealKind.REVOCATION) {
            KiteMarkAward award = em.find(KiteMarkAward.class, appeal.award().orElseThrow().id(), LockModeType.PESSIMISTIC_WRITE);
            award.reinstate();
            audit.record(actor, REINSTATED, new AuditSubject("award", award.serial().value()), Optional.of(practiceId),
                    award.levelTitle() + " reinstated on appeal; valid until " + award.validUntil());
            em.flush();
            reinstated.fire(new AwardReinstated(award.id()));
        } else if (upheld) {
            KiteMarkApplication application = appeal.application().orElseThrow();
            em.lock(application, LockModeType.PESSIMISTIC_WRITE);
            application.reopenForAppeal(by, now);
            audit.record(actor, REOPENED, AuditSubject.of("application", application.id()), Optional.of(practiceId),
                    "Application for " + application.levelTitle() + " reopened on appeal for " + by.displayName());
        }
        return appeal;
    }

    /**
     * Appeals in the given states, oldest first, for administrators.
     *
     * @throws AccessDeniedException unless the actor is an administrator
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Appeal> inStatus(Actor actor, Set<AppealStatus> statuses, PageRequest page) {
        access.requireAdministrator(actor);
        Set<AppealStatus> chosen = statuses.isEmpty() ? EnumSet.allOf(AppealStatus.class) : EnumSet.copyOf(statuses);
        long total = em.createNamedQuery("Appeal.countInStatus", Long.class).setParameter("statuses", chosen).getSingleResult();
        List<Appeal> items = em.createNamedQuery("Appeal.inStatus", Appeal.class).setParameter("statuses", chosen)
                .setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }

    /** The appeals given to the assessor, open ones first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Appeal> assignedTo(Actor actor, PageRequest page) {
        if (!actor.isAssessor()) {
            throw new AccessDeniedException("Only assessors hear appeals.");
        }
        long me = actor.requirePersonId();
        long total = em.createNamedQuery("Appeal.countAssignedTo", Long.class).setParameter("assessorId", me).getSingleResult();
        List<Appeal> items = em.createNamedQuery("Appeal.assignedTo", Appeal.class).setParameter("assessorId", me)
                .setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }

    /** Every assessor, by name, for the administrator's choice (a region has a few dozen). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> assessors(Actor actor) {
        access.requireAdministrator(actor);
        return em.createQuery("SELECT p FROM Person p JOIN p.systemRoles r WHERE r = :role ORDER BY p.displayName", Person.class)
                .setParameter("role", SystemRole.ASSESSOR).setMaxResults(PageRequest.MAX_PAGE_SIZE).getResultList();
    }

    private Appeal lockedAppeal(long appealId) {
        return Optional.ofNullable(em.find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException(NO_APPEAL));
    }
}
