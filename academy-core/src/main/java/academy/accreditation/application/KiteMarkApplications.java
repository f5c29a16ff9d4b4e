package academy.accreditation.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import academy.shared.persistence.LoadGraph;

/**
 * The repository of kite-mark applications and the decisions recorded on them. Joins the calling
 * service's transaction and does no authorisation: the services check who may see what first.
 */
@ApplicationScoped
@Transactional
public class KiteMarkApplications {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public Optional<KiteMarkApplication> find(long applicationId) {
        return Optional.ofNullable(em.find(KiteMarkApplication.class, applicationId));
    }

    /** The application with everything a page shows of it ({@link KiteMarkApplication#FILE}). */
    public Optional<KiteMarkApplication> findWhole(long applicationId) {
        return whole(em.createNamedQuery("KiteMarkApplication.byId", KiteMarkApplication.class).setParameter("id", applicationId))
                .getResultStream().findFirst();
    }

    /** The application locked for change: two people acting on it at once take turns. */
    public Optional<KiteMarkApplication> lock(long applicationId) {
        return Optional.ofNullable(em.find(KiteMarkApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Locks an application already read in this transaction. */
    public void lock(KiteMarkApplication application) {
        em.lock(application, LockModeType.PESSIMISTIC_WRITE);
    }

    public KiteMarkApplication add(KiteMarkApplication application) {
        em.persist(application);
        return application;
    }

    /** The practice's latest application in one of the states, if any. */
    public Optional<KiteMarkApplication> latestOfPractice(long practiceId, Set<ApplicationStatus> statuses) {
        return em.createNamedQuery("KiteMarkApplication.ofPracticeInStatus", KiteMarkApplication.class)
                .setParameter("practiceId", practiceId).setParameter("statuses", statuses)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The practice's latest application in one of the states, with everything a page shows of it. */
    public Optional<KiteMarkApplication> latestWholeOfPractice(long practiceId, Set<ApplicationStatus> statuses) {
        return whole(em.createNamedQuery("KiteMarkApplication.ofPracticeInStatus", KiteMarkApplication.class)
                .setParameter("practiceId", practiceId).setParameter("statuses", statuses))
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The practice's latest application, open or decided, with everything a page shows of it. */
    public Optional<KiteMarkApplication> latestWholeOfPractice(long practiceId) {
        return whole(em.createNamedQuery("KiteMarkApplication.ofPracticeNewestFirst", KiteMarkApplication.class)
                .setParameter("practiceId", practiceId)).setMaxResults(1).getResultStream().findFirst();
    }

    private TypedQuery<KiteMarkApplication> whole(TypedQuery<KiteMarkApplication> query) {
        return LoadGraph.of(em, KiteMarkApplication.FILE, query);
    }

    /** The decisions on the application, oldest first, with who took them. */
    public List<AssessmentDecision> decisionsOn(long applicationId) {
        return em.createNamedQuery("AssessmentDecision.ofApplication", AssessmentDecision.class)
                .setParameter("applicationId", applicationId).getResultList();
    }

    public AssessmentDecision addDecision(AssessmentDecision decision) {
        em.persist(decision);
        return decision;
    }
}
