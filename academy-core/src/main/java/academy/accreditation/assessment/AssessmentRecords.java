package academy.accreditation.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import academy.accreditation.application.ApplicationStatus;
import academy.accreditation.application.KiteMarkApplication;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.shared.persistence.LoadGraph;

/**
 * The repository of what assessment adds to an application: the review of each criterion, the
 * messages of its thread, and moderation; and the assessor queue. Joins the calling service's
 * transaction and does no authorisation: the services check with {@link AssessmentAccess} first.
 */
@ApplicationScoped
@Transactional
public class AssessmentRecords {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    /**
     * Applications oldest first, one page at a time. The one query built from parts: which conditions
     * it has depends on the filter and on who asks, so one fixed named query cannot say it.
     *
     * @param me          the person asking, for the applications that are theirs
     * @param conflictsOf the assessor whose declared conflicts leave applications out; empty for
     *                    administrators, who see all
     * @param memberOf    practices the assessor has a membership conflict with
     */
    public Page<KiteMarkApplication> queue(QueueFilter filter, Optional<Long> me, Optional<Long> conflictsOf,
                                           Set<Long> memberOf, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE a.status IN :statuses");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("statuses", filter.status().map(Set::of).orElse(ApplicationStatus.OPEN));
        filter.level().ifPresent(level -> {
            where.append(" AND a.levelSlug = :level");
            parameters.put("level", level);
        });
        switch (filter.assigned()) {
            case MINE -> {
                // Assessing or moderating: both are the assessor's work.
                where.append(" AND (a.assessor.id = :me OR m.id = :me)");
                parameters.put("me", me.orElse(-1L));
            }
            // Assigned at and assessor are set together; testing the column keeps the outer fetch join of the assessor intact.
            case UNASSIGNED -> where.append(" AND a.assignedAt IS NULL");
            case ANY -> { }
        }
        filter.text().ifPresent(text -> {
            where.append(" AND (p.odsCode = :ods OR p.nameLower LIKE :name ESCAPE '\\')");
            parameters.put("ods", text.toUpperCase(Locale.ROOT));
            parameters.put("name", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        });
        conflictsOf.ifPresent(assessorId -> {
            if (!memberOf.isEmpty()) {
                where.append(" AND p.id NOT IN :memberOf");
                parameters.put("memberOf", memberOf);
            }
            where.append(" AND NOT EXISTS (SELECT c FROM DeclaredConflict c WHERE c.assessor.id = :assessorId"
                    + " AND c.practice = p)");
            parameters.put("assessorId", assessorId);
        });
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM KiteMarkApplication a JOIN a.practice p LEFT JOIN a.moderator m" + where,
                Long.class);
        TypedQuery<KiteMarkApplication> rows = em.createQuery("SELECT a FROM KiteMarkApplication a JOIN FETCH a.practice p"
                + " LEFT JOIN FETCH a.assessor LEFT JOIN a.moderator m" + where + " ORDER BY a.submittedAt, a.id", KiteMarkApplication.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<KiteMarkApplication> items = rows.setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }

    public List<CriterionReview> reviewsOf(long applicationId) {
        return em.createNamedQuery("CriterionReview.ofApplication", CriterionReview.class)
                .setParameter("applicationId", applicationId).getResultList();
    }

    public Optional<CriterionReview> findReview(long applicationId, String criterionSlug) {
        return em.createNamedQuery("CriterionReview.ofCriterion", CriterionReview.class)
                .setParameter("applicationId", applicationId).setParameter("slug", criterionSlug).getResultStream().findFirst();
    }

    /** How many of the application's criteria stand at the verdict; writes pending changes first. */
    public long countInVerdict(long applicationId, ReviewVerdict verdict) {
        em.flush();
        return em.createNamedQuery("CriterionReview.countInVerdict", Long.class)
                .setParameter("applicationId", applicationId).setParameter("verdict", verdict).getSingleResult();
    }

    public CriterionReview addReview(CriterionReview review) {
        em.persist(review);
        return review;
    }

    /** Every message on the application's criteria, in the order they were written. */
    public List<CriterionMessage> messagesOf(long applicationId) {
        return em.createNamedQuery("CriterionMessage.ofApplication", CriterionMessage.class)
                .setParameter("applicationId", applicationId).getResultList();
    }

    /** True when a message in one of the application's threads carries the evidence file. */
    public boolean messageHoldsFile(long applicationId, long fileId) {
        return em.createNamedQuery("CriterionMessage.holdingFile", Long.class)
                .setParameter("applicationId", applicationId).setParameter("fileId", fileId).getSingleResult() > 0;
    }

    public CriterionMessage addMessage(CriterionMessage message) {
        em.persist(message);
        return message;
    }

    /** The moderation waiting on the application, with whom it names and its conditions. */
    public Optional<Moderation> pendingModeration(long applicationId) {
        return LoadGraph.of(em, Moderation.WHOLE, em.createNamedQuery("Moderation.pendingOf", Moderation.class))
                .setParameter("applicationId", applicationId).getResultStream().findFirst();
    }

    public Moderation addModeration(Moderation moderation) {
        em.persist(moderation);
        return moderation;
    }
}
