package academy.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.catalogue.Audience;
import academy.catalogue.Catalogue;
import academy.catalogue.ModuleVersion;
import academy.evidence.EvidenceFiles;
import academy.evidence.EvidenceUpload;
import academy.evidence.StoredFile;
import academy.practice.Practice;
import academy.practice.PracticeAccess;
import academy.shared.Actor;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.shared.time.AcademyCalendar;

/**
 * Training done elsewhere: a learner records training done on another platform (optionally with
 * its certificate, kept by the evidence store, and optionally claimed as equivalent to a module
 * they may take); the manager of the practice it was recorded at approves or rejects it once,
 * with a reason; an approved claim of a module becomes an {@link CompletionSource#EXTERNAL_EVIDENCE}
 * completion dated the day the training was done. The learner may withdraw a claim while it waits.
 *
 * <p>A decision locks the record's row first, so of two managers deciding at once one decides and
 * the other is told it was already decided.
 */
@ApplicationScoped
@Transactional
public class TrainingElsewhere {

    static final AuditAction RECORDED = new AuditAction("learning.external-training-recorded");
    static final AuditAction WITHDRAWN = new AuditAction("learning.external-training-withdrawn");
    static final AuditAction APPROVED = new AuditAction("learning.external-training-approved");
    static final AuditAction REJECTED = new AuditAction("learning.external-training-rejected");

    static final String NO_SUCH_RECORD = "There is no such record of training, or it is not yours to see.";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Learners learners;

    @Inject
    LearningRecords records;

    @Inject
    Catalogue catalogue;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    PracticeAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Records training the signed-in learner did elsewhere. Everything is checked before the file is
     * stored; a refused file (type, content that is not what its name says, size) leaves nothing behind.
     *
     * @param moduleSlug  the module it is claimed to be equivalent to; empty or blank for none
     * @param certificate the certificate file, if any
     * @throws InvalidRequestException for a missing provider or title, a date in the future or before
     *     2000, an unknown module or one the learner may not take, a refused file
     * @throws academy.shared.AccessDeniedException without an active membership of a practice
     */
    public ExternalTraining record(Actor actor, String provider, String title, LocalDate completedOn,
                                   Optional<String> moduleSlug, Optional<EvidenceUpload> certificate) {
        Learner learner = learners.member(actor);
        Instant now = clock.instant();
        String givenProvider = ExternalTrainingRules.provider(provider);
        String givenTitle = ExternalTrainingRules.title(title);
        LocalDate day = ExternalTrainingRules.completedOn(completedOn, AcademyCalendar.dayOf(now));
        Optional<ModuleVersion> module = moduleSlug.map(String::strip).filter(s -> !s.isEmpty()).map(slug -> {
            ModuleVersion version = catalogue.findModule(slug)
                    .orElseThrow(() -> new InvalidRequestException("There is no module called \"" + slug + "\"."));
            if (!learner.mayTake(version)) {
                throw new InvalidRequestException("\"" + version.title() + "\" is not a module you take, so training"
                        + " cannot count for it. Choose one of your modules, or none.");
            }
            return version;
        });
        Practice practice = learner.practiceFor(module.map(ModuleVersion::audience).orElse(Audience.STAFF));
        long practiceId = practice.id();
        // The learner vouches for themself: a member of the practice the record is made at.
        Optional<StoredFile> file = certificate.map(upload -> evidenceFiles.store(actor,
                (who, id) -> id == practiceId && learner.activeMemberships().stream()
                        .anyMatch(m -> m.practice().id() == id), practiceId, upload.fileName(), upload.content()));
        ExternalTraining training = new ExternalTraining(learners.person(learner), practice, givenProvider, givenTitle, day,
                module, file, now);
        em.persist(training);
        em.flush();
        audit.record(actor, RECORDED, AuditSubject.of("external-training", training.id()), Optional.of(practiceId),
                "\"" + training.title() + "\" by " + training.provider() + ", completed " + day
                        + module.map(v -> ", claimed for " + v.slug()).orElse("")
                        + file.map(f -> ", certificate file " + f.id()).orElse(""));
        return training;
    }

    /**
     * The modules training done elsewhere may be claimed for: the current versions of those the
     * learner may take, by title (the catalogue is small: one query).
     *
     * @throws academy.shared.AccessDeniedException without an active membership of a practice
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModuleVersion> modulesFor(Actor actor) {
        Learner learner = learners.member(actor);
        return em.createQuery("SELECT v FROM ModuleVersion v JOIN FETCH v.module WHERE v.current = true ORDER BY v.title",
                        ModuleVersion.class).getResultStream()
                .filter(v -> !v.module().isRetired() && learner.mayTake(v)).toList();
    }

    /** The signed-in person's records of training done elsewhere, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExternalTraining> mine(Actor actor, PageRequest page) {
        long personId = actor.requirePersonId();
        long total = em.createNamedQuery("ExternalTraining.countOfPerson", Long.class).setParameter("personId", personId)
                .getSingleResult();
        List<ExternalTraining> items = em.createNamedQuery("ExternalTraining.ofPerson", ExternalTraining.class)
                .setParameter("personId", personId).setFirstResult(page.offset()).setMaxResults(page.pageSize())
                .getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }

    /**
     * The learner takes back a record the manager has not decided yet.
     *
     * @throws NotFoundException when it is not the actor's own
     * @throws academy.shared.ConflictException when it was already decided or withdrawn
     */
    public ExternalTraining withdraw(Actor actor, long trainingId) {
        long personId = actor.requirePersonId();
        ExternalTraining training = find(trainingId).filter(t -> t.person().id() == personId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_RECORD));
        lock(training);
        training.withdraw(clock.instant());
        audit.record(actor, WITHDRAWN, AuditSubject.of("external-training", training.id()),
                Optional.of(training.practice().id()), "\"" + training.title() + "\"");
        return training;
    }

    /**
     * How many records wait for a decision at the practice.
     *
     * @throws NotFoundException unless the actor manages the practice
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long pendingCount(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        return em.createNamedQuery("ExternalTraining.countPendingOfPractice", Long.class)
                .setParameter("practiceId", practiceId).getSingleResult();
    }

    /**
     * The records waiting for a decision at the practice, oldest first.
     *
     * @throws NotFoundException unless the actor manages the practice
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExternalTraining> pending(Actor actor, long practiceId, PageRequest page) {
        long total = pendingCount(actor, practiceId);
        List<ExternalTraining> items = em.createNamedQuery("ExternalTraining.pendingOfPractice", ExternalTraining.class)
                .setParameter("practiceId", practiceId).setFirstResult(page.offset()).setMaxResults(page.pageSize())
                .getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }

    /**
     * The manager approves the record; with a module, it becomes a completion of the module's
     * current version, dated the day the training was done.
     *
     * @param reason optional
     * @throws NotFoundException unless the actor manages the practice the record was made at
     * @throws InvalidRequestException for the manager's own training
     * @throws academy.shared.ConflictException when it was already decided or withdrawn
     */
    public ExternalTraining approve(Actor actor, long trainingId, String reason) {
        ExternalTraining training = decidable(actor, trainingId);
        ExternalTrainingRules.reason(reason, true);
        lock(training);
        Instant now = clock.instant();
        long managerId = actor.requirePersonId();
        training.approve(managerId, actor.displayName(), reason, now);
        Optional<Completion> completion = training.moduleVersion().map(claimed -> {
            ModuleVersion version = catalogue.findModule(claimed.slug()).orElse(claimed);
            Enrolment enrolment = records.lockedEnrolment(training.person(), version.module(), now);
            Completion made = records.add(enrolment, Completion.ofExternalEvidence(version, training, managerId, now));
            training.completedAs(made);
            return made;
        });
        audit.record(actor, APPROVED, AuditSubject.of("external-training", training.id()),
                Optional.of(training.practice().id()), "\"" + training.title() + "\" of person " + training.person().id()
                        + completion.map(c -> ": completion " + c.id() + " of " + c.module().slug() + " version "
                        + c.versionNumber()).orElse(": a record of training, no module")
                        + training.reason().map(r -> "; reason: " + r).orElse(""));
        return training;
    }

    /**
     * The manager turns the record down, saying why.
     *
     * @throws InvalidRequestException without a reason, or for the manager's own training
     * @throws NotFoundException unless the actor manages the practice the record was made at
     * @throws academy.shared.ConflictException when it was already decided or withdrawn
     */
    public ExternalTraining reject(Actor actor, long trainingId, String reason) {
        ExternalTraining training = decidable(actor, trainingId);
        ExternalTrainingRules.reason(reason, false);
        lock(training);
        training.reject(actor.requirePersonId(), actor.displayName(), reason, clock.instant());
        audit.record(actor, REJECTED, AuditSubject.of("external-training", training.id()),
                Optional.of(training.practice().id()), "\"" + training.title() + "\" of person " + training.person().id()
                        + "; reason: " + training.reason().orElseThrow());
        return training;
    }

    /**
     * The certificate file of a record, opened for its learner or a manager of its practice; the
     * caller closes the stream.
     *
     * @throws NotFoundException for anyone else, or when the record has no file
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvidenceFiles.Opened certificate(Actor actor, long trainingId) {
        ExternalTraining training = find(trainingId).filter(t -> isOwn(actor, t) || access.mayManage(actor, t.practice().id()))
                .orElseThrow(() -> new NotFoundException(NO_SUCH_RECORD));
        StoredFile file = training.evidence().orElseThrow(() -> new NotFoundException("This record has no certificate file."));
        return evidenceFiles.openVouchedFor(training.practice().id(), file.id());
    }

    private ExternalTraining decidable(Actor actor, long trainingId) {
        ExternalTraining training = find(trainingId).filter(t -> access.mayManage(actor, t.practice().id()))
                .orElseThrow(() -> new NotFoundException(NO_SUCH_RECORD));
        if (isOwn(actor, training)) {
            throw new InvalidRequestException("This is your own training: another manager of the practice or an"
                    + " administrator decides on it.");
        }
        return training;
    }

    private static boolean isOwn(Actor actor, ExternalTraining training) {
        return actor.personId().filter(id -> id.equals(training.person().id())).isPresent();
    }

    private Optional<ExternalTraining> find(long trainingId) {
        return Optional.ofNullable(em.find(ExternalTraining.class, trainingId));
    }

    /** Locks the record's row and reads it afresh: decisions on one record take turns. */
    private void lock(ExternalTraining training) {
        em.refresh(training, LockModeType.PESSIMISTIC_WRITE);
    }
}
