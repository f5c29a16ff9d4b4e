package academy.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import academy.shared.AccessDeniedException;
import academy.shared.Actor;
import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * Writes and reads the audit trail. {@link #record} joins the caller's transaction, so an entry is
 * stored if and only if the change it describes commits. Only administrators read it.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Records that {@code actor} did {@code action} to {@code subject}.
     *
     * @param practiceId the practice the event concerns, if any (for the practice's own history)
     * @param details    a short plain note (no secrets, no passwords, no tokens); cut at 1,000 characters
     */
    public AuditEntry record(Actor actor, AuditAction action, AuditSubject subject, Optional<Long> practiceId,
                             String details) {
        AuditEntry entry = new AuditEntry(clock.instant(), actor, action, subject, practiceId, details);
        em.persist(entry);
        return entry;
    }

    /** Records an event that concerns no practice. */
    public AuditEntry record(Actor actor, AuditAction action, AuditSubject subject, String details) {
        return record(actor, action, subject, Optional.empty(), details);
    }

    /**
     * Entries matching the filter, newest first (ties by id, newest first), one page at a time
     * (pages hold at most {@value PageRequest#MAX_PAGE_SIZE} entries).
     *
     * @throws AccessDeniedException unless the actor is an administrator
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> find(Actor actor, AuditFilter filter, PageRequest page) {
        if (!actor.isAdministrator()) {
            throw new AccessDeniedException("Only administrators can read the audit trail.");
        }
        List<String> conditions = new ArrayList<>();
        filter.actionPrefix().ifPresent(p -> conditions.add("e.action LIKE :prefix ESCAPE '\\'"));
        filter.personId().ifPresent(p -> conditions.add("e.personId = :personId"));
        filter.practiceId().ifPresent(p -> conditions.add("e.practiceId = :practiceId"));
        filter.from().ifPresent(f -> conditions.add("e.createdAt >= :from"));
        filter.until().ifPresent(u -> conditions.add("e.createdAt < :until"));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        TypedQuery<AuditEntry> rows = em.createQuery(
                "SELECT e FROM AuditEntry e" + where + " ORDER BY e.createdAt DESC, e.id DESC", AuditEntry.class);
        for (TypedQuery<?> query : List.of(count, rows)) {
            filter.actionPrefix().ifPresent(p -> query.setParameter("prefix", likeEscape(p) + "%"));
            filter.personId().ifPresent(p -> query.setParameter("personId", p));
            filter.practiceId().ifPresent(p -> query.setParameter("practiceId", p));
            filter.from().ifPresent(f -> query.setParameter("from", f));
            filter.until().ifPresent(u -> query.setParameter("until", u));
        }
        long total = count.getSingleResult();
        List<AuditEntry> items = rows.setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }

    /**
     * The practice's entries whose action starts with {@code actionPrefix} (a fixed prefix of the caller's,
     * with no wildcards), oldest first, one page at a time. Does no authorisation: the calling feature
     * decides who may read its own steps.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> ofPractice(long practiceId, String actionPrefix, PageRequest page) {
        String prefix = actionPrefix + "%";
        long total = em.createNamedQuery("AuditEntry.countOfPracticeWithPrefix", Long.class)
                .setParameter("practiceId", practiceId).setParameter("prefix", prefix).getSingleResult();
        List<AuditEntry> items = em.createNamedQuery("AuditEntry.ofPracticeWithPrefix", AuditEntry.class)
                .setParameter("practiceId", practiceId).setParameter("prefix", prefix)
                .setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
