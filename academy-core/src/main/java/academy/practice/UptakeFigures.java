package academy.practice;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.evidence.EvidenceFiles;
import academy.evidence.EvidenceUpload;
import academy.shared.Actor;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * A practice's monthly digital uptake figures, for its managers and administrators. Re-recording a
 * month and measure supersedes the earlier figure and keeps it as history.
 */
@ApplicationScoped
@Transactional
public class UptakeFigures {

    static final AuditAction RECORDED = new AuditAction("practice.uptake-recorded");

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    Practices practices;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    EvidenceFiles evidenceFiles;

    /**
     * Records the figure, superseding any earlier one for the same month and measure.
     *
     * @throws NotFoundException       unless the actor manages the practice
     * @throws InvalidRequestException when the entry is wrong (nothing changes)
     */
    public UptakeFigure record(Actor actor, long practiceId, UptakeEntry entry) {
        return record(actor, practiceId, entry, Optional.empty());
    }

    /**
     * Records the figure with an optional evidence file, stored in the same transaction: when the
     * figure is refused, the file is not kept.
     *
     * @throws NotFoundException       unless the actor manages the practice
     * @throws InvalidRequestException when the entry or the file is wrong (nothing changes)
     */
    public UptakeFigure record(Actor actor, long practiceId, UptakeEntry entry, Optional<EvidenceUpload> evidence) {
        access.requireMayManage(actor, practiceId);
        Practice practice = practices.getPractice(practiceId);
        practice.requireActive();
        YearMonth currentMonth = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        entry.requireValid(currentMonth);
        // One writer per practice at a time, so two managers saving together cannot both be "latest".
        practices.lock(practice);
        Optional<UptakeFigure> previous = em.createNamedQuery("UptakeFigure.latestOf", UptakeFigure.class)
                .setParameter("practice", practice).setParameter("measure", entry.measure())
                .setParameter("month", entry.month().atDay(1)).getResultStream().findFirst();
        UptakeFigure figure = previous.isPresent()
                ? previous.get().supersede(entry, currentMonth, actor.personId(), clock.instant())
                : UptakeFigure.first(practice, entry, currentMonth, actor.personId(), clock.instant());
        evidence.ifPresent(upload -> figure.attach(evidenceFiles.store(actor, access::mayManage, practiceId,
                upload.fileName(), upload.content())));
        em.persist(figure);
        em.flush();
        audit.record(actor, RECORDED, AuditSubject.of("uptake-figure", figure.id()), Optional.of(practiceId),
                figure.month() + " " + figure.measure().name() + " = " + figure.value().toPlainString()
                        + " (revision " + figure.revision() + ", source: " + figure.source()
                        + figure.evidence().map(f -> ", evidence file " + f.id()).orElse("") + ")");
        return figure;
    }

    /** The latest figure of each measure (the most recent month reported), in measure order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UptakeFigure> latest(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        return em.createNamedQuery("UptakeFigure.latestPerMeasure", UptakeFigure.class)
                .setParameter("practiceId", practiceId).getResultList();
    }

    /** Every measure's current figures (the latest revision of each month), newest month first, with their evidence. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UptakeFigure> current(Actor actor, long practiceId, PageRequest page) {
        access.requireMayManage(actor, practiceId);
        long total = em.createNamedQuery("UptakeFigure.countCurrentOfPractice", Long.class)
                .setParameter("practiceId", practiceId).getSingleResult();
        List<UptakeFigure> items = em.createNamedQuery("UptakeFigure.currentOfPractice", UptakeFigure.class)
                .setParameter("practiceId", practiceId).setFirstResult(page.offset()).setMaxResults(page.pageSize())
                .getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }

    /** One measure's current figures, newest month first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UptakeFigure> monthly(Actor actor, long practiceId, UptakeMeasure measure, PageRequest page) {
        access.requireMayManage(actor, practiceId);
        long total = em.createNamedQuery("UptakeFigure.countMonthly", Long.class).setParameter("practiceId", practiceId)
                .setParameter("measure", measure).getSingleResult();
        List<UptakeFigure> items = em.createNamedQuery("UptakeFigure.monthly", UptakeFigure.class)
                .setParameter("practiceId", practiceId).setParameter("measure", measure)
                .setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }
}
