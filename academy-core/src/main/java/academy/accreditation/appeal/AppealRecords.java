package academy.accreditation.appeal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * The repository of appeals. Joins the calling service's transaction and does no authorisation:
 * {@link Appeals} checks who may see what first.
 */
@ApplicationScoped
@Transactional
public class AppealRecords {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public Appeal add(Appeal appeal) {
        em.persist(appeal);
        return appeal;
    }

    /** The appeal locked for change: an administrator assigning and an assessor deciding take turns. */
    public Optional<Appeal> lock(long appealId) {
        return Optional.ofNullable(em.find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE));
    }

    public boolean openAgainstApplication(long applicationId) {
        return !em.createNamedQuery("Appeal.openAgainstApplication", Appeal.class).setParameter("applicationId", applicationId)
                .getResultList().isEmpty();
    }

    public boolean openAgainstAward(long awardId) {
        return !em.createNamedQuery("Appeal.openAgainstAward", Appeal.class).setParameter("awardId", awardId)
                .getResultList().isEmpty();
    }

    /** The practice's latest {@code max} appeals, newest first. */
    public List<Appeal> ofPractice(long practiceId, int max) {
        return em.createNamedQuery("Appeal.ofPractice", Appeal.class).setParameter("practiceId", practiceId)
                .setMaxResults(max).getResultList();
    }

    /** Appeals in the states, oldest first. */
    public Page<Appeal> inStatus(Set<AppealStatus> statuses, PageRequest page) {
        long total = em.createNamedQuery("Appeal.countInStatus", Long.class).setParameter("statuses", statuses).getSingleResult();
        List<Appeal> items = em.createNamedQuery("Appeal.inStatus", Appeal.class).setParameter("statuses", statuses)
                .setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }

    /** The appeals given to the assessor, open ones first. */
    public Page<Appeal> assignedTo(long assessorId, PageRequest page) {
        long total = em.createNamedQuery("Appeal.countAssignedTo", Long.class).setParameter("assessorId", assessorId)
                .getSingleResult();
        List<Appeal> items = em.createNamedQuery("Appeal.assignedTo", Appeal.class).setParameter("assessorId", assessorId)
                .setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }
}
