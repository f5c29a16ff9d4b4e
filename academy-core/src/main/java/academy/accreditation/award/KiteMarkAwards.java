package academy.accreditation.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.shared.persistence.LoadGraph;


/**
 * The repository of kite-mark awards and their conditions. Joins the calling service's transaction
 * and does no authorisation: the services check who may see what first.
 */
@ApplicationScoped
@Transactional
public class KiteMarkAwards {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public Optional<KiteMarkAward> find(long awardId) {
        return Optional.ofNullable(em.find(KiteMarkAward.class, awardId));
    }

    /** The award locked for change: the nightly steps on several instances, and people, take turns on it. */
    public Optional<KiteMarkAward> lock(long awardId) {
        return Optional.ofNullable(em.find(KiteMarkAward.class, awardId, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<AwardCondition> lockCondition(long conditionId) {
        return Optional.ofNullable(em.find(AwardCondition.class, conditionId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Stores the new award (see {@link #flush} before telling observers). */
    public KiteMarkAward add(KiteMarkAward award) {
        em.persist(award);
        return award;
    }

    /** Writes pending changes now, before an event tells observers in this transaction. */
    public void flush() {
        em.flush();
    }

    public Optional<KiteMarkAward> findBySerial(AwardSerial serial) {
        return em.createNamedQuery("KiteMarkAward.bySerial", KiteMarkAward.class).setParameter("serial", serial.value())
                .getResultStream().findFirst();
    }

    /** The practice's awards, newest first (a practice holds a handful over the years). */
    public List<KiteMarkAward> ofPractice(long practiceId) {
        return em.createNamedQuery("KiteMarkAward.ofPractice", KiteMarkAward.class)
                .setParameter("practiceId", practiceId).getResultList();
    }

    /** The practice's latest award, with its conditions. */
    public Optional<KiteMarkAward> latestOfPractice(long practiceId) {
        return LoadGraph.of(em, KiteMarkAward.WITH_CONDITIONS, em.createNamedQuery("KiteMarkAward.ofPractice", KiteMarkAward.class))
                .setParameter("practiceId", practiceId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Up to {@code max} ids of awards in force whose last valid day is before {@code today}, after {@code after}. */
    public List<Long> expiredInForce(LocalDate today, long after, int max) {
        return em.createNamedQuery("KiteMarkAward.expiredInForce", Long.class).setParameter("today", today)
                .setParameter("after", after).setMaxResults(max).getResultList();
    }

    /** Up to {@code max} ids of awards in force whose last valid day is from {@code today} to {@code last}. */
    public List<Long> inForceUntilBetween(LocalDate today, LocalDate last, long after, int max) {
        return em.createNamedQuery("KiteMarkAward.inForceUntilBetween", Long.class).setParameter("today", today)
                .setParameter("last", last).setParameter("after", after).setMaxResults(max).getResultList();
    }

    /** Up to {@code max} ids of open conditions whose deadline is before {@code today}. */
    public List<Long> overdueConditions(LocalDate today, long after, int max) {
        return em.createNamedQuery("AwardCondition.overdue", Long.class).setParameter("today", today)
                .setParameter("after", after).setMaxResults(max).getResultList();
    }

    /** The next number of the award serial sequence (one sequence for every year). */
    public long nextSerialNumber() {
        return ((Number) em.createNativeQuery("SELECT nextval('award_serial_seq')").getSingleResult()).longValue();
    }
}
