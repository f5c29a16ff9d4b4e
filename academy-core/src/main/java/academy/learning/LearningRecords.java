package academy.learning;

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
     * The person's enrolment in the module, created if missing, locked for the rest of the
     * transaction. The lock is taken by primary key ({@code SELECT … WHERE id = ? FOR UPDATE}, no
     * row limit), which PostgreSQL and H2 both accept.
     */
    public Enrolment lockedEnrolment(Person person, Module module, Instant now) {
        Optional<Enrolment> existing = findEnrolment(person.id(), module);
        if (existing.isEmpty()) {
            Enrolment created = new Enrolment(person, module, now);
            em.persist(created);
            // The unique (person_id, module_id) constraint settles a race between two first starts here.
            em.flush();
            return lock(created.id());
        }
        return lock(existing.get().id());
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
