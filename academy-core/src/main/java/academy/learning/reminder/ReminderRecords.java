package academy.learning.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.account.Person;
import academy.practice.Practice;

/**
 * Reads for the reminder pass and the record of what was sent; joins the caller's transaction.
 * Every list is one batch or one person's bounded share.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReminderRecords {

    /**
     * "The open row {@code i} is not fulfilled": the person's latest completion of the module is
     * missing or expires before the end of the due day (the rule of {@code AssignmentRules}).
     */
    static final String UNFULFILLED = "i.endedAt IS NULL AND NOT EXISTS (SELECT e FROM Enrolment e JOIN e.latestCompletion c"
            + " WHERE e.person = i.person AND e.module = i.module AND (c.expiresAt IS NULL OR c.expiresAt >= i.dueBy))";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    /** One open, unfulfilled item as the reminder mail needs it. */
    public record OpenItem(long id, LocalDate dueOn, boolean mandatory, String title, String assignedBy) {
    }

    /**
     * People after {@code afterId}, by id, with an open unfulfilled item that may have a stage to
     * send: one never reminded, or one due between {@code oldestDue} and {@code horizon}.
     */
    List<Long> peopleToRemind(Instant now, LocalDate oldestDue, LocalDate horizon, long afterId, int max) {
        return em.createQuery("SELECT DISTINCT i.person.id FROM AssignedTraining i WHERE i.person.id > :after"
                        + " AND i.startedAt <= :now AND i.person.status <> academy.account.PersonStatus.SUSPENDED"
                        + " AND ((i.dueOn >= :oldest AND i.dueOn <= :horizon)"
                        + " OR NOT EXISTS (SELECT r FROM SentReminder r WHERE r.itemId = i.id))"
                        + " AND " + UNFULFILLED + " ORDER BY i.person.id", Long.class)
                .setParameter("after", afterId).setParameter("now", now).setParameter("oldest", oldestDue)
                .setParameter("horizon", horizon).setMaxResults(max).getResultList();
    }

    /** The person, with their row locked until the transaction ends: one instance reminds them at a time. */
    Optional<Person> lockPerson(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE));
    }

    boolean sentAnythingOn(long personId, LocalDate day) {
        return !em.createQuery("SELECT r.id FROM SentReminder r WHERE r.personId = :person AND r.sentOn = :day", Long.class)
                .setParameter("person", personId).setParameter("day", day).setMaxResults(1).getResultList().isEmpty();
    }

    /** The person's open unfulfilled items started by {@code now}, soonest due first; at most {@code max}. */
    List<OpenItem> openItemsOf(long personId, Instant now, int max) {
        return em.createQuery("SELECT i.id, i.dueOn, i.mandatory, v.title, m.slug, a.assignedByName FROM AssignedTraining i"
                        + " JOIN i.assignment a JOIN i.module m LEFT JOIN m.currentVersion v WHERE i.person.id = :person"
                        + " AND i.startedAt <= :now AND " + UNFULFILLED + " ORDER BY i.dueOn, i.id", Object[].class)
                .setParameter("person", personId).setParameter("now", now).setMaxResults(max).getResultList().stream()
                .map(row -> new OpenItem((Long) row[0], (LocalDate) row[1], (Boolean) row[2],
                        row[3] == null ? (String) row[4] : (String) row[3], (String) row[5]))
                .toList();
    }

    /** The highest stage rank sent for each of the items that had any. */
    Map<Long, Integer> sentRanks(Collection<Long> itemIds) {
        Map<Long, Integer> ranks = new HashMap<>();
        if (itemIds.isEmpty()) {
            return ranks;
        }
        em.createQuery("SELECT r.itemId, MAX(r.stageRank) FROM SentReminder r WHERE r.itemId IN :ids GROUP BY r.itemId",
                        Object[].class).setParameter("ids", itemIds).getResultList()
                .forEach(row -> ranks.put((Long) row[0], ((Number) row[1]).intValue()));
        return ranks;
    }

    SentReminder add(SentReminder sent) {
        em.persist(sent);
        return sent;
    }

    /** What one person was sent, oldest first: for their history and the tests' questions. */
    public List<SentReminder> sentTo(long personId, int max) {
        return em.createQuery("SELECT r FROM SentReminder r WHERE r.personId = :person ORDER BY r.sentAt, r.id", SentReminder.class)
                .setParameter("person", personId).setMaxResults(max).getResultList();
    }

    // ---- the managers' side ----

    /** A person named in a manager's mail, with the training and its due day. */
    public record Named(long itemId, long personId, String name, String title, LocalDate dueOn) {
    }

    private static final String NAMED = "SELECT i.id, p.id, p.displayName, v.title, m.slug, i.dueOn FROM AssignedTraining i"
            + " JOIN i.person p JOIN i.module m LEFT JOIN m.currentVersion v WHERE i.practice.id = :practice"
            + " AND i.startedAt <= :now AND p.status <> academy.account.PersonStatus.SUSPENDED AND " + UNFULFILLED;

    /** Practices after {@code afterId}, by id, with open unfulfilled training due by {@code horizon}. */
    List<Long> practicesWithTrainingDue(Instant now, LocalDate horizon, long afterId, int max) {
        return em.createQuery("SELECT DISTINCT i.practice.id FROM AssignedTraining i WHERE i.practice.id > :after"
                        + " AND i.startedAt <= :now AND i.dueOn <= :horizon AND " + UNFULFILLED + " ORDER BY i.practice.id", Long.class)
                .setParameter("after", afterId).setParameter("now", now).setParameter("horizon", horizon)
                .setMaxResults(max).getResultList();
    }

    Optional<Practice> lockPractice(long practiceId) {
        return Optional.ofNullable(em.find(Practice.class, practiceId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The practice's active managers (a handful; at most {@code max}). */
    List<Person> managersOf(long practiceId, int max) {
        return em.createQuery("SELECT m.person FROM Membership m WHERE m.practice.id = :practice"
                        + " AND m.status = academy.practice.MembershipStatus.ACTIVE"
                        + " AND m.jobRole = academy.practice.JobRole.PRACTICE_MANAGER ORDER BY m.id", Person.class)
                .setParameter("practice", practiceId).setMaxResults(max).getResultList();
    }

    /** Items due before {@code dueBefore} (so more than the threshold overdue) not yet escalated, oldest first. */
    List<Named> toEscalate(long practiceId, Instant now, LocalDate dueBefore, int max) {
        return named(em.createQuery(NAMED + " AND i.dueOn < :before AND NOT EXISTS (SELECT x FROM Escalation x"
                        + " WHERE x.itemId = i.id) ORDER BY i.dueOn, p.displayName, i.id", Object[].class)
                .setParameter("before", dueBefore), practiceId, now, max);
    }

    /** Escalated items still overdue, oldest first. */
    List<Named> escalatedOpen(long practiceId, Instant now, int max) {
        return named(em.createQuery(NAMED + " AND EXISTS (SELECT x FROM Escalation x WHERE x.itemId = i.id)"
                + " ORDER BY i.dueOn, p.displayName, i.id", Object[].class), practiceId, now, max);
    }

    /** Overdue items (the due day has passed), by person's name. */
    List<Named> overdue(long practiceId, Instant now, int max) {
        return named(em.createQuery(NAMED + " AND i.dueBy <= :now ORDER BY p.displayName, i.dueOn, i.id", Object[].class),
                practiceId, now, max);
    }

    /** Items due from today to {@code horizon} and not yet overdue, by person's name. */
    List<Named> dueSoon(long practiceId, Instant now, LocalDate horizon, int max) {
        return named(em.createQuery(NAMED + " AND i.dueBy > :now AND i.dueOn <= :horizon"
                + " ORDER BY p.displayName, i.dueOn, i.id", Object[].class).setParameter("horizon", horizon), practiceId, now, max);
    }

    /** How many people have overdue items, and how many items due soon (not overdue): one query each. */
    long[] counts(long practiceId, Instant now, LocalDate horizon) {
        String from = " FROM AssignedTraining i JOIN i.person p WHERE i.practice.id = :practice AND i.startedAt <= :now"
                + " AND p.status <> academy.account.PersonStatus.SUSPENDED AND " + UNFULFILLED;
        long overdue = em.createQuery("SELECT COUNT(DISTINCT p.id)" + from + " AND i.dueBy <= :now", Long.class)
                .setParameter("practice", practiceId).setParameter("now", now).getSingleResult();
        long dueSoon = em.createQuery("SELECT COUNT(DISTINCT p.id)" + from + " AND i.dueBy > :now AND i.dueOn <= :horizon",
                        Long.class).setParameter("practice", practiceId).setParameter("now", now)
                .setParameter("horizon", horizon).getSingleResult();
        return new long[] {overdue, dueSoon};
    }

    private static List<Named> named(jakarta.persistence.TypedQuery<Object[]> query, long practiceId, Instant now, int max) {
        return query.setParameter("practice", practiceId).setParameter("now", now).setMaxResults(max).getResultList().stream()
                .map(row -> new Named((Long) row[0], (Long) row[1], (String) row[2],
                        row[3] == null ? (String) row[4] : (String) row[3], (LocalDate) row[5]))
                .toList();
    }

    boolean digestSent(long practiceId, LocalDate weekOf) {
        return !em.createQuery("SELECT d.id FROM PracticeDigest d WHERE d.practiceId = :practice AND d.weekOf = :week", Long.class)
                .setParameter("practice", practiceId).setParameter("week", weekOf).setMaxResults(1).getResultList().isEmpty();
    }

    void add(Escalation escalation) {
        em.persist(escalation);
    }

    void add(PracticeDigest digest) {
        em.persist(digest);
    }
}
