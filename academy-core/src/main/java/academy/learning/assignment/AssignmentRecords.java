package academy.learning.assignment;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.practice.Membership;
import academy.practice.Practice;

/**
 * Reads and bulk changes of assignments and assigned training; joins the caller's transaction.
 * Every list is one page or one bounded batch; statuses come from one further query per page.
 */
@ApplicationScoped
@Transactional
public class AssignmentRecords {

    /**
     * "This open row is overdue": its due day has passed and the person's latest completion of the
     * module does not fulfil it ({@link AssignmentRules}). A JPQL condition on {@code i}, with the
     * parameter {@code :assignmentNow}.
     */
    static final String OVERDUE = "i.endedAt IS NULL AND i.dueBy <= :assignmentNow AND NOT EXISTS (SELECT e FROM Enrolment e"
            + " JOIN e.latestCompletion c WHERE e.person = i.person AND e.module = i.module"
            + " AND (c.expiresAt IS NULL OR c.expiresAt >= i.dueBy))";

    /**
     * The matrix's "overdue assignment" filter: a JPQL condition on the membership {@code m}, with
     * the parameter {@code :assignmentNow}.
     */
    public static final String MEMBER_HAS_OVERDUE = " AND EXISTS (SELECT i FROM AssignedTraining i WHERE i.membership = m AND "
            + OVERDUE + ")";

    /** The parameter {@link #MEMBER_HAS_OVERDUE} takes. */
    public static final String NOW_PARAMETER = "assignmentNow";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    Assignment add(Assignment assignment) {
        em.persist(assignment);
        return assignment;
    }

    AssignedTraining add(AssignedTraining item) {
        em.persist(item);
        return item;
    }

    Optional<Assignment> find(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    Assignment lock(Assignment assignment) {
        em.refresh(assignment, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return assignment;
    }

    void flushAndClear() {
        em.flush();
        em.clear();
    }

    Assignment reference(long id) {
        return em.getReference(Assignment.class, id);
    }

    /** Active memberships a practice's (or, with none, the region's) assignment reaches, after {@code afterId}, by id. */
    List<Membership> membersReached(Assignment assignment, long afterId, int max) {
        StringBuilder jpql = new StringBuilder("SELECT m FROM Membership m JOIN FETCH m.person WHERE m.status = "
                + "academy.practice.MembershipStatus.ACTIVE AND m.id > :after");
        if (!assignment.isRegionWide()) {
            jpql.append(" AND m.practice = :practice");
        }
        switch (assignment.target()) {
            case PERSON -> jpql.append(" AND m.person = :person");
            case ROLE -> jpql.append(" AND m.jobRole = :role");
            case EVERYONE -> jpql.append(" AND m.jobRole <> academy.practice.JobRole.PPG_MEMBER");
            default -> throw new IllegalStateException();
        }
        var query = em.createQuery(jpql.append(" ORDER BY m.id").toString(), Membership.class).setParameter("after", afterId);
        assignment.practice().ifPresent(p -> query.setParameter("practice", p));
        assignment.targetPerson().ifPresent(p -> query.setParameter("person", p));
        assignment.targetRole().ifPresent(r -> query.setParameter("role", r));
        return query.setMaxResults(max).getResultList();
    }

    /** Open assignments of the practice and of the region that may reach a member (not those for one person). */
    List<Assignment> openForMembersOf(Practice practice) {
        return em.createQuery("SELECT a FROM Assignment a LEFT JOIN FETCH a.module LEFT JOIN FETCH a.path"
                        + " WHERE a.withdrawnAt IS NULL AND a.target <> academy.learning.assignment.AssignmentTarget.PERSON"
                        + " AND (a.practice = :practice OR a.practice IS NULL) ORDER BY a.id", Assignment.class)
                .setParameter("practice", practice).getResultList();
    }

    /** The open rows of one membership, with their assignments. */
    List<AssignedTraining> openOf(Membership membership) {
        return em.createQuery("SELECT i FROM AssignedTraining i JOIN FETCH i.assignment WHERE i.membership = :membership"
                + " AND i.endedAt IS NULL ORDER BY i.id", AssignedTraining.class).setParameter("membership", membership)
                .getResultList();
    }

    int endOpenOf(Membership membership, EndReason reason, Instant now) {
        return em.createQuery("UPDATE AssignedTraining i SET i.endedAt = :now, i.endReason = :reason"
                        + " WHERE i.membership = :membership AND i.endedAt IS NULL")
                .setParameter("now", now).setParameter("reason", reason).setParameter("membership", membership).executeUpdate();
    }

    int endOpenOf(Assignment assignment, EndReason reason, Instant now) {
        return em.createQuery("UPDATE AssignedTraining i SET i.endedAt = :now, i.endReason = :reason"
                        + " WHERE i.assignment = :assignment AND i.endedAt IS NULL")
                .setParameter("now", now).setParameter("reason", reason).setParameter("assignment", assignment).executeUpdate();
    }

    int endItems(Collection<Long> ids, EndReason reason, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("UPDATE AssignedTraining i SET i.endedAt = :now, i.endReason = :reason WHERE i.id IN :ids")
                .setParameter("now", now).setParameter("reason", reason).setParameter("ids", ids).executeUpdate();
    }

    /** A batch of the assignment's open rows after {@code afterId}, with their memberships. */
    List<AssignedTraining> openOf(Assignment assignment, long afterId, int max) {
        return em.createQuery("SELECT i FROM AssignedTraining i JOIN FETCH i.membership WHERE i.assignment = :assignment"
                        + " AND i.endedAt IS NULL AND i.id > :after ORDER BY i.id", AssignedTraining.class)
                .setParameter("assignment", assignment).setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /** A page of a practice's assignments and the region's, open ones first, newest first. */
    List<Assignment> ofPractice(Practice practice, int offset, int max) {
        return em.createQuery("SELECT a FROM Assignment a LEFT JOIN FETCH a.module LEFT JOIN FETCH a.path"
                        + " LEFT JOIN FETCH a.targetPerson WHERE (a.practice = :practice OR a.practice IS NULL)"
                        + " ORDER BY a.withdrawnAt DESC NULLS FIRST, a.id DESC", Assignment.class)
                .setParameter("practice", practice).setFirstResult(offset).setMaxResults(max).getResultList();
    }

    long countOfPractice(Practice practice) {
        return em.createQuery("SELECT COUNT(a) FROM Assignment a WHERE a.practice = :practice OR a.practice IS NULL", Long.class)
                .setParameter("practice", practice).getSingleResult();
    }

    /** A page of the region-wide assignments, open ones first, newest first. */
    List<Assignment> regionWide(int offset, int max) {
        return em.createQuery("SELECT a FROM Assignment a LEFT JOIN FETCH a.module LEFT JOIN FETCH a.path"
                        + " WHERE a.practice IS NULL ORDER BY a.withdrawnAt DESC NULLS FIRST, a.id DESC", Assignment.class)
                .setFirstResult(offset).setMaxResults(max).getResultList();
    }

    long countRegionWide() {
        return em.createQuery("SELECT COUNT(a) FROM Assignment a WHERE a.practice IS NULL", Long.class).getSingleResult();
    }

    /** Open rows per assignment, within one practice (or everywhere): one grouped query for a page. */
    Map<Long, Long> openCounts(Collection<Long> assignmentIds, Optional<Practice> within) {
        Map<Long, Long> counts = new HashMap<>();
        if (assignmentIds.isEmpty()) {
            return counts;
        }
        var query = em.createQuery("SELECT i.assignment.id, COUNT(i) FROM AssignedTraining i WHERE i.assignment.id IN :ids"
                + " AND i.endedAt IS NULL" + (within.isPresent() ? " AND i.practice = :practice" : "")
                + " GROUP BY i.assignment.id", Object[].class).setParameter("ids", assignmentIds);
        within.ifPresent(p -> query.setParameter("practice", p));
        query.getResultList().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** A page of one person's rows: open ones by due day, then ended ones. */
    List<AssignedTraining> ofPerson(long personId, boolean includeEnded, int offset, int max) {
        return em.createQuery("SELECT i FROM AssignedTraining i JOIN FETCH i.assignment JOIN FETCH i.module"
                        + " JOIN FETCH i.person WHERE i.person.id = :personId" + (includeEnded ? "" : " AND i.endedAt IS NULL")
                        + " ORDER BY i.endedAt DESC NULLS FIRST, i.dueOn, i.id", AssignedTraining.class)
                .setParameter("personId", personId).setFirstResult(offset).setMaxResults(max).getResultList();
    }

    long countOfPerson(long personId, boolean includeEnded) {
        return em.createQuery("SELECT COUNT(i) FROM AssignedTraining i WHERE i.person.id = :personId"
                        + (includeEnded ? "" : " AND i.endedAt IS NULL"), Long.class)
                .setParameter("personId", personId).getSingleResult();
    }

    /** A page of a practice's open rows, by due day. */
    List<AssignedTraining> openOfPractice(Practice practice, boolean overdueOnly, Instant now, int offset, int max) {
        var query = em.createQuery("SELECT i FROM AssignedTraining i JOIN FETCH i.assignment JOIN FETCH i.module"
                        + " JOIN FETCH i.person WHERE i.practice = :practice AND "
                        + (overdueOnly ? OVERDUE : "i.endedAt IS NULL") + " ORDER BY i.dueOn, i.id", AssignedTraining.class)
                .setParameter("practice", practice);
        if (overdueOnly) {
            query.setParameter(NOW_PARAMETER, now);
        }
        return query.setFirstResult(offset).setMaxResults(max).getResultList();
    }

    long countOpenOfPractice(Practice practice, boolean overdueOnly, Instant now) {
        var query = em.createQuery("SELECT COUNT(i) FROM AssignedTraining i WHERE i.practice = :practice AND "
                + (overdueOnly ? OVERDUE : "i.endedAt IS NULL"), Long.class).setParameter("practice", practice);
        if (overdueOnly) {
            query.setParameter(NOW_PARAMETER, now);
        }
        return query.getSingleResult();
    }

    /** Open rows per membership (all, or only the overdue ones), for one page of members: one grouped query. */
    Map<Long, Long> openCountsOfMembers(Collection<Long> membershipIds, boolean overdueOnly, Instant now) {
        Map<Long, Long> counts = new HashMap<>();
        if (membershipIds.isEmpty()) {
            return counts;
        }
        var query = em.createQuery("SELECT i.membership.id, COUNT(i) FROM AssignedTraining i WHERE i.membership.id IN :ids AND "
                + (overdueOnly ? OVERDUE : "i.endedAt IS NULL") + " GROUP BY i.membership.id", Object[].class)
                .setParameter("ids", membershipIds);
        if (overdueOnly) {
            query.setParameter(NOW_PARAMETER, now);
        }
        query.getResultList().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The latest completion of each row's person and module, for a page of rows: one query. */
    Map<Long, AssignmentRules.Done> latestCompletions(Collection<Long> itemIds) {
        Map<Long, AssignmentRules.Done> done = new HashMap<>();
        if (itemIds.isEmpty()) {
            return done;
        }
        em.createQuery("SELECT i.id, c.completedAt, c.expiresAt FROM AssignedTraining i, Enrolment e JOIN e.latestCompletion c"
                        + " WHERE i.id IN :ids AND e.person = i.person AND e.module = i.module", Object[].class)
                .setParameter("ids", itemIds).getResultList()
                .forEach(row -> done.put((Long) row[0], new AssignmentRules.Done((Instant) row[1], Optional.ofNullable((Instant) row[2]))));
        return done;
    }

    /**
     * Latest completions that expire in {@code (now, horizon]} and have no refresher yet, after
     * {@code afterId}, by id: a batch for the refresher pass.
     */
    List<Long> expiringWithoutRefresher(Instant now, Instant horizon, long afterId, int max) {
        return em.createQuery("SELECT c.id FROM Enrolment e JOIN e.latestCompletion c WHERE c.expiresAt > :now"
                        + " AND c.expiresAt <= :horizon AND c.id > :after"
                        + " AND NOT EXISTS (SELECT a FROM Assignment a WHERE a.refresherOf = c) ORDER BY c.id", Long.class)
                .setParameter("now", now).setParameter("horizon", horizon).setParameter("after", afterId)
                .setMaxResults(max).getResultList();
    }

    boolean hasRefresher(long completionId) {
        return !em.createQuery("SELECT a.id FROM Assignment a WHERE a.refresherOf.id = :id", Long.class)
                .setParameter("id", completionId).setMaxResults(1).getResultList().isEmpty();
    }

    <T> T find(Class<T> type, long id) {
        return em.find(type, id);
    }
}
