package academy.learning;

import java.sql.Timestamp;
import java.time.Instant;
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
import academy.catalogue.Module;
import academy.catalogue.ModuleVersion;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * The repository of enrolments, attempts and completions. Joins the calling service's
 * transaction and does no authorisation. Completions can be added, never changed or removed.
 */
@ApplicationScoped
@Transactional
public class LearningRecords {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public Optional<Enrolment> findEnrolment(long personId, Module module) {
        return em.createNamedQuery("Enrolment.of", Enrolment.class).setParameter("personId", personId)
                .setParameter("module", module).getResultStream().findFirst();
    }

    /**
     * Inserts an enrolment unless the person already has one in the module. PostgreSQL (and H2 in
     * its PostgreSQL mode) settle two first requests here: the second waits on the unique index
     * until the first commits, then inserts nothing, instead of failing on the constraint.
     */
    public static final String ENROL_IF_ABSENT = "INSERT INTO learning_enrolment (id, person_id, module_id, started_at,"
            + " last_activity_at) VALUES (nextval('learning_seq'), ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    /** The person's enrolment in the module, locked for the rest of the transaction, and whether this call created it. */
    public record LockedEnrolment(Enrolment enrolment, boolean created) {
    }

    /**
     * The person's enrolment in the module, created if missing, locked for the rest of the
     * transaction. The lock is taken by primary key ({@code SELECT … WHERE id = ? FOR UPDATE}, no
     * row limit), which PostgreSQL and H2 both accept.
     */
    public Enrolment lockedEnrolment(Person person, Module module, Instant now) {
        return enrol(person.id(), module, now).enrolment();
    }

    /** As {@link #lockedEnrolment}, telling whether the enrolment is new. */
    public LockedEnrolment enrol(long personId, Module module, Instant now) {
        Optional<Enrolment> existing = findEnrolment(personId, module);
        if (existing.isPresent()) {
            return new LockedEnrolment(lock(existing.get().id()), false);
        }
        Timestamp at = Timestamp.from(now);
        boolean created = em.createNativeQuery(ENROL_IF_ABSENT).setParameter(1, personId).setParameter(2, module.id())
                .setParameter(3, at).setParameter(4, at).executeUpdate() == 1;
        Enrolment enrolment = findEnrolment(personId, module).orElseThrow(() ->
                new IllegalStateException("no enrolment of person " + personId + " in " + module.slug() + " after inserting it"));
        return new LockedEnrolment(lock(enrolment.id()), created);
    }

    /** Locks the person's row until the transaction ends: their external reports take turns. */
    public void lockPerson(long personId) {
        Person person = em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (person == null) {
            throw new NotFoundException("There is no such person.");
        }
    }

    /** Locks the enrolment by primary key and reads it afresh. */
    public Enrolment lock(long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new NotFoundException("There is no such enrolment.");
        }
        em.refresh(enrolment, LockModeType.PESSIMISTIC_WRITE);
        return enrolment;
    }

    public Optional<Long> enrolmentIdOfAttempt(long attemptId) {
        return em.createNamedQuery("QuizAttempt.enrolmentIdOf", Long.class).setParameter("id", attemptId)
                .getResultStream().findFirst();
    }

    public Optional<QuizAttempt> findAttempt(long attemptId) {
        return Optional.ofNullable(em.find(QuizAttempt.class, attemptId));
    }

    public List<Instant> attemptStartsSince(Enrolment enrolment, Instant since) {
        return em.createNamedQuery("QuizAttempt.startsSince", Instant.class).setParameter("enrolment", enrolment)
                .setParameter("since", since).getResultList();
    }

    public Optional<QuizAttempt> openAttempt(Enrolment enrolment, ModuleVersion version) {
        return em.createNamedQuery("QuizAttempt.openOf", QuizAttempt.class).setParameter("enrolment", enrolment)
                .setParameter("version", version).setMaxResults(1).getResultStream().findFirst();
    }

    public List<QuizAttempt> passedAttempts(Enrolment enrolment, ModuleVersion version) {
        return em.createNamedQuery("QuizAttempt.passedOf", QuizAttempt.class).setParameter("enrolment", enrolment)
                .setParameter("version", version).getResultList();
    }

    public QuizAttempt add(QuizAttempt attempt) {
        em.persist(attempt);
        em.flush();
        return attempt;
    }

    /** Appends the completion and makes it the enrolment's latest if it is the newest. */
    public Completion add(Enrolment enrolment, Completion completion) {
        em.persist(completion);
        em.flush();
        enrolment.recordCompletion(completion);
        return completion;
    }

    public Optional<Completion> completionOfAttempt(long attemptId) {
        return em.createNamedQuery("Completion.ofAttempt", Completion.class).setParameter("attemptId", attemptId)
                .getResultStream().findFirst();
    }

    public Optional<Completion> completionByKey(long personId, IdempotencyKey key) {
        return em.createNamedQuery("Completion.byKey", Completion.class).setParameter("personId", personId)
                .setParameter("key", key.value()).getResultStream().findFirst();
    }

    public Page<Completion> history(long personId, PageRequest page) {
        long total = em.createNamedQuery("Completion.countOf", Long.class).setParameter("personId", personId).getSingleResult();
        List<Completion> items = em.createNamedQuery("Completion.historyOf", Completion.class)
                .setParameter("personId", personId).setFirstResult(page.offset()).setMaxResults(page.pageSize())
                .getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }

    /** The enrolments (with modules and latest completions) of one person: one query. */
    public List<Enrolment> enrolmentsOf(long personId) {
        return em.createNamedQuery("Enrolment.ofPerson", Enrolment.class).setParameter("personId", personId).getResultList();
    }

    /** The person's enrolment in the module with the lessons read: one query. */
    public Optional<Enrolment> findEnrolmentWithReading(long personId, Module module) {
        return em.createNamedQuery("Enrolment.ofWithReading", Enrolment.class).setParameter("personId", personId)
                .setParameter("module", module).getResultStream().findFirst();
    }

    /** The enrolments (with modules, latest completions and lessons read) of one person: one query. */
    public List<Enrolment> enrolmentsWithReadingOf(long personId) {
        return em.createNamedQuery("Enrolment.ofPersonWithReading", Enrolment.class).setParameter("personId", personId)
                .getResultList();
    }

    /** The enrolments (with modules and latest completions) of several people: one query. */
    public List<Enrolment> enrolmentsOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Enrolment.ofPeople", Enrolment.class).setParameter("personIds", personIds).getResultList();
    }

    /** The version's questions with their options, in authored order: one query. */
    public List<academy.catalogue.Question> questionsOf(ModuleVersion version) {
        return em.createQuery("SELECT DISTINCT q FROM Question q LEFT JOIN FETCH q.options WHERE q.moduleVersion = :version",
                        academy.catalogue.Question.class)
                .setParameter("version", version).getResultList().stream()
                .sorted(java.util.Comparator.comparingInt(academy.catalogue.Question::number)).toList();
    }

    /** The version of a module with that number, if it exists. */
    public Optional<ModuleVersion> findVersion(String slug, int versionNumber) {
        return em.createQuery("SELECT v FROM ModuleVersion v JOIN FETCH v.module m WHERE m.slug = :slug"
                        + " AND v.versionNumber = :number", ModuleVersion.class)
                .setParameter("slug", slug).setParameter("number", versionNumber).getResultStream().findFirst();
    }

    /** Ids of the versions of these modules that a later significant version has voided. */
    public List<Long> voidedVersionIds(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> latestSignificant = latestSignificantVersions(slugs);
        return em.createQuery("SELECT v.id, m.slug, v.versionNumber FROM ModuleVersion v JOIN v.module m"
                        + " WHERE m.slug IN :slugs", Object[].class)
                .setParameter("slugs", slugs).getResultList().stream()
                .filter(row -> ((Number) row[2]).intValue() < latestSignificant.getOrDefault((String) row[1], 0))
                .map(row -> ((Number) row[0]).longValue()).toList();
    }

    /** Per module slug, the number of its latest significant version (modules without one are absent). */
    public Map<String, Integer> latestSignificantVersions(Collection<String> slugs) {
        Map<String, Integer> result = new HashMap<>();
        if (slugs.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("SELECT m.slug, MAX(v.versionNumber) FROM ModuleVersion v JOIN v.module m"
                + " WHERE v.significant = true AND m.slug IN :slugs GROUP BY m.slug", Object[].class)
                .setParameter("slugs", slugs).getResultList();
        rows.forEach(row -> result.put((String) row[0], ((Number) row[1]).intValue()));
        return result;
    }
}
