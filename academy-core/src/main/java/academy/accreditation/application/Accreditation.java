package academy.accreditation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.accreditation.readiness.EvidenceStatement;
import academy.accreditation.readiness.LevelReadiness;
import academy.accreditation.readiness.PracticeReadiness;
import academy.accreditation.readiness.ReadinessFacts;
import academy.accreditation.readiness.ReadinessQueries;
import academy.accreditation.readiness.ReadinessRules;
import academy.accreditation.readiness.Titles;
import academy.accreditation.scheme.Criterion;
import academy.accreditation.scheme.SchemeVersion;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.evidence.EvidenceFiles;
import academy.evidence.EvidenceUpload;
import academy.evidence.StoredFile;
import academy.practice.Practice;
import academy.practice.PracticeAccess;
import academy.practice.Practices;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.NotFoundException;
import academy.shared.persistence.LoadGraph;
import academy.shared.time.AcademyCalendar;

/**
 * The kite mark for a practice's managers (and administrators): its live readiness against the
 * scheme in force, the evidence statements it gives, and its application for a level. Anyone else is told the practice does not
 * exist. Readiness is counted with a fixed number of aggregate queries (see {@link ReadinessQueries}).
 */
@ApplicationScoped
@Transactional
public class Accreditation {

    public static final AuditAction EVIDENCE_GIVEN = new AuditAction("accreditation.evidence-given");
    public static final AuditAction APPLIED = new AuditAction("accreditation.applied");
    static final String NO_SCHEME = "No kite-mark scheme has been published yet.";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    Practices practices;

    @Inject
    ReadinessQueries queries;

    @Inject
    KiteMarkApplications applications;

    @Inject
    AuditTrail audit;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    Clock clock;

    /** The scheme in force, with its levels and criteria. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SchemeVersion> findCurrentScheme() {
        return LoadGraph.of(em, SchemeVersion.WHOLE, em.createNamedQuery("SchemeVersion.current", SchemeVersion.class))
                .getResultStream().findFirst();
    }

    /**
     * @throws NotFoundException unless the actor manages the practice or is an administrator, or when
     *     no scheme is published
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PracticeReadiness readiness(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        Practice practice = practices.getPractice(practiceId);
        SchemeVersion scheme = findCurrentScheme().orElseThrow(() -> new NotFoundException(NO_SCHEME));
        Instant now = clock.instant();
        ReadinessFacts facts = queries.factsOf(List.of(practiceId), scheme.criteria(), now, ReadinessQueries.today(now))
                .getOrDefault(practiceId, ReadinessFacts.none());
        return PracticeReadiness.of(practiceId, practice.name(), scheme, facts, new ReadinessRules(titlesFor(scheme)));
    }

    /**
     * Records the practice's statement for an evidence criterion of the scheme in force, with a link,
     * an uploaded file, or both; a statement given before stays in the history, superseded. The file
     * is checked and stored by the evidence store in this transaction: a refused statement stores no
     * file (it is checked before the upload is read), and a refused file records no statement.
     *
     * @param link   as typed; blank when the practice gives none
     * @param upload the file the practice sends with the statement, if any
     * @throws NotFoundException unless the actor manages the practice (or is an administrator), or
     *     when the scheme has no such criterion
     * @throws academy.shared.InvalidRequestException when the criterion takes no evidence, the statement,
     *     link or file is not acceptable, or there is neither a link nor a file
     */
    public EvidenceStatement giveEvidence(Actor actor, long practiceId, String criterionSlug, String statement,
                                          String link, Optional<EvidenceUpload> upload) {
        access.requireMayManage(actor, practiceId);
        Practice practice = practices.lock(practices.getPractice(practiceId));
        SchemeVersion scheme = findCurrentScheme().orElseThrow(() -> new NotFoundException(NO_SCHEME));
        Criterion criterion = scheme.criteria().stream().filter(c -> c.slug().equals(criterionSlug)).findFirst()
                .orElseThrow(() -> new NotFoundException("The kite-mark scheme has no such criterion."));
        EvidenceStatement.requireAcceptable(criterion, statement, link, upload.isPresent());
        Optional<StoredFile> file = upload.map(u -> evidenceFiles.store(actor, access::mayManage, practiceId,
                u.fileName(), u.content()));
        Instant now = clock.instant();
        Optional<EvidenceStatement> previous = em.createNamedQuery("EvidenceStatement.latestOf", EvidenceStatement.class)
                .setParameter("practiceId", practiceId).setParameter("criterion", criterionSlug)
                .getResultStream().findFirst();
        EvidenceStatement given = previous
                .map(p -> p.supersede(criterion, statement, link, file, actor.personId(), now))
                .orElseGet(() -> EvidenceStatement.first(practice, criterion, statement, link, file, actor.personId(), now));
        em.persist(given);
        audit.record(actor, EVIDENCE_GIVEN, new AuditSubject("criterion", criterionSlug), Optional.of(practiceId),
                "Evidence statement " + given.revision() + " for \"" + criterion.title() + "\": "
                        + whereTheEvidenceIs(given));
        return given;
    }

    /** "https://…", "file report.pdf (evidence file 51)", or both. */
    public static String whereTheEvidenceIs(EvidenceStatement given) {
        return String.join(" and ", Stream.concat(given.link().stream(),
                given.file().map(f -> "file " + f.originalName() + " (evidence file " + f.id() + ")").stream()).toList());
    }

    /**
     * The practice's application that is with the assessors, if any, with its frozen criteria.
     *
     * @throws NotFoundException unless the actor manages the practice or is an administrator
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<KiteMarkApplication> findOpenApplication(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        return applications.latestWholeOfPractice(practiceId, ApplicationStatus.OPEN);
    }

    /**
     * Applies for a level of the scheme in force: every criterion the level requires is frozen as it
     * stands now. One application at a time per practice.
     *
     * @throws NotFoundException unless the actor manages the practice (or is an administrator), or
     *     when the scheme has no such level
     * @throws ConflictException when an application is already with the assessors, or
     *     when a criterion checked from the practice's records is not met (the message lists them)
     */
    public KiteMarkApplication apply(Actor actor, long practiceId, String levelSlug) {
        access.requireMayManage(actor, practiceId);
        // Locking the practice makes two managers applying at once take turns: the second sees the first.
        Practice practice = practices.lock(practices.getPractice(practiceId));
        Optional<KiteMarkApplication> open = openApplication(practiceId);
        if (open.isPresent()) {
            throw new ConflictException("Your application for " + open.get().levelTitle()
                    + ", submitted on " + AcademyCalendar.day(open.get().submittedAt())
                    + ", is with the assessors; you can apply again once it is decided.");
        }
        PracticeReadiness readiness = readiness(actor, practiceId);
        LevelReadiness level = readiness.levels().stream().filter(l -> l.level().slug().equals(levelSlug)).findFirst()
                .orElseThrow(() -> new NotFoundException("The kite-mark scheme has no such level."));
        SchemeVersion scheme = findCurrentScheme().orElseThrow(() -> new NotFoundException(NO_SCHEME));
        KiteMarkApplication application = KiteMarkApplication.submit(practice, scheme, level, actor.personId(),
                clock.instant());
        applications.add(application);
        audit.record(actor, APPLIED, AuditSubject.of("application", application.id()), Optional.of(practiceId),
                "Applied for " + level.level().title() + " (" + scheme.label() + ") with " + level.total()
                        + " criteria, " + level.met() + " met");
        return application;
    }

    private Optional<KiteMarkApplication> openApplication(long practiceId) {
        return applications.latestOfPractice(practiceId, ApplicationStatus.OPEN);
    }

    /** Titles of what the scheme names, in four small queries (slugs and titles only). */
    private Titles titlesFor(SchemeVersion scheme) {
        Set<String> modules = new LinkedHashSet<>();
        scheme.criteria().forEach(c -> modules.addAll(c.modules()));
        Map<String, String> moduleTitles = new HashMap<>();
        if (!modules.isEmpty()) {
            em.createQuery("SELECT m.slug, v.title FROM ModuleVersion v JOIN v.module m WHERE v.current = true"
                            + " AND m.slug IN :slugs", Object[].class)
                    .setParameter("slugs", List.copyOf(modules)).getResultList()
                    .forEach(row -> moduleTitles.put((String) row[0], (String) row[1]));
        }
        return new Titles(moduleTitles, slugTitles("SELECT g.slug, g.title FROM Guide g WHERE g.active = true"),
                slugTitles("SELECT s.slug, s.title FROM Showcase s WHERE s.active = true"),
                slugTitles("SELECT p.slug, p.title FROM LearningPath p WHERE p.active = true"));
    }

    private Map<String, String> slugTitles(String jpql) {
        Map<String, String> titles = new HashMap<>();
        em.createQuery(jpql, Object[].class).getResultList().forEach(row -> titles.put((String) row[0], (String) row[1]));
        return titles;
    }
}
