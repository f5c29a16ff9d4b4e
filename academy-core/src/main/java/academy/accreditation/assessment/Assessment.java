package academy.accreditation.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import academy.account.Person;
import academy.account.PersonStatus;
import academy.accreditation.application.Accreditation;
import academy.accreditation.application.ApplicationStatus;
import academy.accreditation.application.AssessmentDecision;
import academy.accreditation.application.DecidedAs;
import academy.accreditation.application.DecisionOutcome;
import academy.accreditation.application.FrozenCriterion;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.award.Awards;
import academy.accreditation.award.KiteMarkAward;
import academy.accreditation.readiness.EvidenceStatement;
import academy.accreditation.readiness.ReadinessFacts;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.evidence.EvidenceFiles;
import academy.evidence.EvidenceUpload;
import academy.practice.AssessorConflicts;
import academy.practice.Membership;
import academy.practice.Practice;
import academy.practice.PracticeAccess;
import academy.practice.Practices;
import academy.shared.AccessDeniedException;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.shared.SystemRole;

/**
 * The assessor's side of accreditation: the queue, taking and assigning applications, the review
 * of each frozen criterion with its thread, the practice's answers, the decision, and moderation
 * of top-level awards. Conflicts of interest (memberships and declared ones) are excluded on every
 * call; an application an assessor may not assess does not exist for them. Every change is audited
 * with the practice's id, so the application's timeline can be read from the audit trail.
 */
@ApplicationScoped
@Transactional
public class Assessment {

    public static final AuditAction TAKEN = new AuditAction("accreditation.taken");
    public static final AuditAction ASSIGNED = new AuditAction("accreditation.assigned");
    public static final AuditAction ACCEPTED = new AuditAction("accreditation.criterion-accepted");
    public static final AuditAction EVIDENCE_REQUESTED = new AuditAction("accreditation.evidence-requested");
    public static final AuditAction ANSWERED = new AuditAction("accreditation.evidence-answered");
    public static final AuditAction DECIDED = new AuditAction("accreditation.decided");
    public static final AuditAction MODERATION_REQUESTED = new AuditAction("accreditation.moderation-requested");
    public static final AuditAction MODERATION_CONFIRMED = new AuditAction("accreditation.moderation-confirmed");
    public static final AuditAction MODERATION_RETURNED = new AuditAction("accreditation.moderation-returned");
    public static final AuditAction CONFLICT_DECLARED = new AuditAction("accreditation.conflict-declared");

    static final String NO_APPLICATION = "There is no such application, or it is not yours to see.";
    private static final int MAX_ASSESSORS = 200;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    AssessorConflicts conflicts;

    @Inject
    PracticeAccess access;

    @Inject
    Practices practices;

    @Inject
    Accreditation accreditation;

    @Inject
    Awards awards;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    // ---- the queue ----

    /**
     * Applications oldest first, one page at a time. Assessors never see applications of practices
     * they have a conflict with; administrators see all.
     *
     * @throws AccessDeniedException unless the actor is an assessor or an administrator
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<KiteMarkApplication> queue(Actor actor, QueueFilter filter, PageRequest page) {
        requireAssessorOrAdministrator(actor);
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
                parameters.put("me", actor.personId().orElse(-1L));
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
        if (!actor.isAdministrator()) {
            Set<Long> memberOf = conflicts.conflictingPracticeIds(actor);
            if (!memberOf.isEmpty()) {
                where.append(" AND p.id NOT IN :memberOf");
                parameters.put("memberOf", memberOf);
            }
            where.append(" AND NOT EXISTS (SELECT c FROM DeclaredConflict c WHERE c.assessor.id = :assessorId"
                    + " AND c.practice = p)");
            parameters.put("assessorId", actor.requirePersonId());
        }
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

    // ---- reading one application ----

    /**
     * The application as the assessor (or an administrator) reads it.
     *
     * @throws NotFoundException when there is no such application, or the actor has a conflict with its practice
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicationFile file(Actor actor, long applicationId) {
        return fileOf(readable(actor, applicationId));
    }

    /**
     * An evidence file the application holds, frozen with one of its criteria or sent with an answer
     * in a criterion's thread, opened for exactly those who may read the application ({@link #file});
     * the caller closes the stream. Anyone else, people who are no assessor included, is told there
     * is no such file, so neither the application nor the file is confirmed to them.
     *
     * @throws NotFoundException when there is no such application, the actor may not read it, or the
     *     application holds no such file
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvidenceFiles.Opened evidenceFile(Actor actor, long applicationId, long fileId) {
        if (!actor.isAssessor() && !actor.isAdministrator()) {
            throw new NotFoundException(NO_APPLICATION);
        }
        KiteMarkApplication application = readable(actor, applicationId);
        boolean frozen = application.criteria().stream().map(FrozenCriterion::evidence).flatMap(Optional::stream)
                .map(ReadinessFacts.Evidence::file).flatMap(Optional::stream).anyMatch(f -> f.id() == fileId);
        boolean answered = !frozen && em.createNamedQuery("CriterionMessage.holdingFile", Long.class)
                .setParameter("applicationId", applicationId).setParameter("fileId", fileId).getSingleResult() > 0;
        if (!frozen && !answered) {
            throw new NotFoundException("This application holds no such evidence file.");
        }
        return evidenceFiles.openVouchedFor(application.practice().id(), fileId);
    }

    /** An application as its readers may see it: assessors without a conflict of interest, and administrators. */
    private KiteMarkApplication readable(Actor actor, long applicationId) {
        requireAssessorOrAdministrator(actor);
        KiteMarkApplication application = find(applicationId).orElseThrow(() -> new NotFoundException(NO_APPLICATION));
        if (!actor.isAdministrator() && hasConflict(actor, application.practice())) {
            throw new NotFoundException(NO_APPLICATION);
        }
        return application;
    }

    /**
     * The practice's latest application as its manager reads it: open, or the last one decided.
     *
     * @throws NotFoundException unless the actor manages the practice (or is an administrator)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApplicationFile> latestOfPractice(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        return em.createQuery("SELECT a FROM KiteMarkApplication a WHERE a.practice.id = :practiceId"
                        + " ORDER BY a.submittedAt DESC, a.id DESC", KiteMarkApplication.class)
                .setParameter("practiceId", practiceId).setMaxResults(1).getResultStream().findFirst().map(this::fileOf);
    }

    private ApplicationFile fileOf(KiteMarkApplication application) {
        application.criteria().size();
        application.practice().name();
        application.assessor().ifPresent(Person::displayName);
        application.moderator().ifPresent(Person::displayName);
        Map<String, CriterionReview> reviews = em.createNamedQuery("CriterionReview.ofApplication", CriterionReview.class)
                .setParameter("applicationId", application.id()).getResultStream()
                .collect(Collectors.toMap(CriterionReview::criterionSlug, Function.identity()));
        Map<String, List<CriterionMessage>> threads = new LinkedHashMap<>();
        em.createNamedQuery("CriterionMessage.ofApplication", CriterionMessage.class)
                .setParameter("applicationId", application.id()).getResultList()
                .forEach(m -> threads.computeIfAbsent(m.criterionSlug(), slug -> new ArrayList<>()).add(m));
        Optional<Moderation> moderation = pendingModeration(application);
        moderation.ifPresent(m -> {
            m.conditions().size();
            m.proposedBy().displayName();
            m.moderator().displayName();
        });
        List<AssessmentDecision> decisions = em.createNamedQuery("AssessmentDecision.ofApplication", AssessmentDecision.class)
                .setParameter("applicationId", application.id()).getResultList();
        return new ApplicationFile(application, reviews, threads, moderation, decisions, DecisionRules.isTopLevel(application));
    }

    // ---- taking and assigning ----

    /**
     * The assessor takes an unassigned application.
     *
     * @throws NotFoundException     when there is no such application or the assessor has a conflict with its practice
     * @throws ConflictException     when another assessor has it already, or it is decided
     */
    public KiteMarkApplication take(Actor actor, long applicationId) {
        Person me = requireAssessorPerson(actor);
        KiteMarkApplication application = lockForAssessor(actor, applicationId);
        if (application.assessor().isPresent()) {
            throw new ConflictException(application.assessor().get().equals(me) ? "This application is yours already."
                    : "Another assessor has taken this application already.");
        }
        application.assignTo(me, clock.instant());
        audit.record(actor, TAKEN, subject(application), practiceOf(application),
                me.displayName() + " took the application for " + application.levelTitle());
        return application;
    }

    /**
     * An administrator gives the application to an assessor (again, when reassigning).
     *
     * @throws AccessDeniedException   unless the actor is an administrator
     * @throws InvalidRequestException when the person is not an active assessor
     * @throws ConflictException       when the assessor has a conflict with the practice, or the application is decided
     */
    public KiteMarkApplication assign(Actor actor, long applicationId, long assessorId) {
        access.requireAdministrator(actor);
        KiteMarkApplication application = lock(applicationId);
        Person assessor = activeAssessor(assessorId);
        if (hasConflict(assessor, application.practice())) {
            throw new ConflictException(assessor.displayName() + " has a conflict of interest with "
                    + application.practice().name() + "; choose another assessor.");
        }
        Optional<Person> before = application.assessor();
        application.assignTo(assessor, clock.instant());
        audit.record(actor, ASSIGNED, subject(application), practiceOf(application),
                before.map(b -> "Reassigned from " + b.displayName() + " to ").orElse("Assigned to ") + assessor.displayName());
        return application;
    }

    /**
     * Active assessors free of conflicts with the application's practice, other than {@code except}:
     * whom an administrator may assign, or whom the assessor may ask to moderate.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> eligibleAssessors(Actor actor, long applicationId) {
        requireAssessorOrAdministrator(actor);
        KiteMarkApplication application = find(applicationId).orElseThrow(() -> new NotFoundException(NO_APPLICATION));
        Practice practice = application.practice();
        List<Person> assessors = em.createQuery("SELECT DISTINCT p FROM Person p JOIN p.systemRoles r WHERE r = :role"
                        + " AND p.status = :active AND NOT EXISTS (SELECT c FROM DeclaredConflict c WHERE c.assessor = p"
                        + " AND c.practice = :practice) ORDER BY p.displayName", Person.class)
                .setParameter("role", SystemRole.ASSESSOR).setParameter("active", PersonStatus.ACTIVE)
                .setParameter("practice", practice).setMaxResults(MAX_ASSESSORS).getResultList();
        if (assessors.isEmpty()) {
            return assessors;
        }
        // One query for the memberships that tie any of them to the practice.
        Set<Long> tied = em.createQuery("SELECT m FROM Membership m WHERE m.practice = :practice AND m.person IN :people",
                        Membership.class)
                .setParameter("practice", practice).setParameter("people", assessors).getResultStream()
                .filter(m -> m.heldSince(access.conflictWindowStart())).map(m -> m.person().id()).collect(Collectors.toSet());
        return assessors.stream().filter(p -> !tied.contains(p.id())).toList();
    }

    // ---- reviewing criteria ----

    /**
     * The assigned assessor accepts a criterion.
     *
     * @throws ConflictException when the application is not in review, or the practice still owes an answer on it
     */
    public CriterionReview accept(Actor actor, long applicationId, String criterionSlug) {
        KiteMarkApplication application = lockForAssignedAssessor(actor, applicationId);
        requireReviewing(application);
        FrozenCriterion criterion = criterionOf(application, criterionSlug);
        Person me = person(actor.requirePersonId());
        Instant now = clock.instant();
        CriterionReview review = findReview(application, criterionSlug).map(r -> {
            r.accept(me, now);
            return r;
        }).orElseGet(() -> {
            CriterionReview accepted = CriterionReview.accepted(application, criterionSlug, me, now);
            em.persist(accepted);
            return accepted;
        });
        audit.record(actor, ACCEPTED, subject(application), practiceOf(application),
                "Accepted \u201c" + criterion.title() + "\u201d");
        return review;
    }

    /**
     * The assigned assessor asks the practice for more evidence on a criterion, saying what.
     *
     * @throws InvalidRequestException when the comment is blank or too long
     * @throws ConflictException       when the application is not in review, or a request on it is unanswered
     */
    public CriterionMessage requestEvidence(Actor actor, long applicationId, String criterionSlug, String comment) {
        KiteMarkApplication application = lockForAssignedAssessor(actor, applicationId);
        requireReviewing(application);
        FrozenCriterion criterion = criterionOf(application, criterionSlug);
        Person me = person(actor.requirePersonId());
        Instant now = clock.instant();
        CriterionMessage message = new CriterionMessage(application, criterionSlug, me, MessageSide.ASSESSOR, comment,
                Optional.empty(), Optional.empty(), now);
        findReview(application, criterionSlug).ifPresentOrElse(r -> r.requestEvidence(me, now),
                () -> em.persist(CriterionReview.evidenceRequested(application, criterionSlug, me, now)));
        em.persist(message);
        application.awaitMoreEvidence();
        audit.record(actor, EVIDENCE_REQUESTED, subject(application), practiceOf(application),
                "More evidence requested on \u201c" + criterion.title() + "\u201d: " + message.body());
        return message;
    }

    /**
     * The practice answers the assessor's request on a criterion, optionally with new evidence: the
     * answer becomes the criterion's new evidence statement, with the link, the uploaded file, or
     * both (stored by the evidence store in this transaction). Once every request is answered the
     * application goes back to the assessor.
     *
     * @param link   as typed; blank when the practice gives none
     * @param upload a file of new evidence, if the practice sends one
     * @throws NotFoundException       unless the actor manages the practice (or is an administrator)
     * @throws InvalidRequestException when the answer is blank or too long, or the link or file is not acceptable
     * @throws ConflictException       when no request on the criterion awaits an answer
     */
    public CriterionMessage answer(Actor actor, long practiceId, long applicationId, String criterionSlug, String text,
                                   String link, Optional<EvidenceUpload> upload) {
        access.requireMayManage(actor, practiceId);
        KiteMarkApplication application = lock(applicationId);
        if (!application.practice().id().equals(practiceId)) {
            throw new NotFoundException(NO_APPLICATION);
        }
        if (!application.status().isOpen()) {
            throw new ConflictException("This application is " + application.status().label().toLowerCase(Locale.UK)
                    + " already; there is nothing more to answer.");
        }
        FrozenCriterion criterion = criterionOf(application, criterionSlug);
        CriterionReview review = findReview(application, criterionSlug).filter(r -> r.verdict() == ReviewVerdict.EVIDENCE_REQUESTED)
                .orElseThrow(() -> new ConflictException("The assessor has not asked for more evidence on \u201c"
                        + criterion.title() + "\u201d."));
        Instant now = clock.instant();
        boolean withEvidence = link != null && !link.isBlank() || upload.isPresent();
        Optional<EvidenceStatement> given = withEvidence
                ? Optional.of(accreditation.giveEvidence(actor, practiceId, criterionSlug, text, link, upload))
                : Optional.empty();
        CriterionMessage message = new CriterionMessage(application, criterionSlug, person(actor.requirePersonId()),
                MessageSide.PRACTICE, text, given.flatMap(EvidenceStatement::link), given.flatMap(EvidenceStatement::file), now);
        review.answer(now);
        em.persist(message);
        em.flush();
        long stillOpen = em.createNamedQuery("CriterionReview.countInVerdict", Long.class)
                .setParameter("applicationId", application.id()).setParameter("verdict", ReviewVerdict.EVIDENCE_REQUESTED)
                .getSingleResult();
        if (stillOpen == 0 && application.status() == ApplicationStatus.MORE_EVIDENCE_REQUESTED) {
            application.resumeReview();
        }
        audit.record(actor, ANSWERED, subject(application), Optional.of(practiceId),
                "The practice answered on \u201c" + criterion.title() + "\u201d"
                        + given.map(g -> " with new evidence " + Accreditation.whereTheEvidenceIs(g)).orElse("")
                        + (stillOpen == 0 ? "; every request is answered" : "; " + stillOpen + " request(s) still open"));
        return message;
    }

    // ---- deciding ----

    /**
     * The assigned assessor decides, with reasons (and conditions for an award with conditions).
     * An award of the scheme's top level goes to the named second assessor for moderation first.
     *
     * @param moderatorId the second assessor, needed only for a top-level award
     * @return the decision recorded, or empty when the award waits for moderation
     * @throws InvalidRequestException when reasons, conditions or the moderator are missing or unacceptable
     * @throws ConflictException       when the application is not ready for the decision
     */
    public Optional<AssessmentDecision> decide(Actor actor, long applicationId, DecisionOutcome outcome, String reasons,
                                               List<KiteMarkAward.ConditionTerms> conditions, Optional<Long> moderatorId) {
        KiteMarkApplication application = lockForAssignedAssessor(actor, applicationId);
        String checkedReasons = AssessmentDecision.requireReasons(reasons);
        Map<String, ReviewVerdict> verdicts = em.createNamedQuery("CriterionReview.ofApplication", CriterionReview.class)
                .setParameter("applicationId", application.id()).getResultStream()
                .collect(Collectors.toMap(CriterionReview::criterionSlug, CriterionReview::verdict));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        DecisionRules.check(application, outcome, conditions, verdicts, today, awards.terms().validityMonths());
        Person me = person(actor.requirePersonId());
        Instant now = clock.instant();
        if (outcome.awards() && DecisionRules.isTopLevel(application)) {
            Person moderator = activeAssessor(moderatorId.orElseThrow(() -> new InvalidRequestException(
                    "An award of " + application.levelTitle() + " is moderated: choose the second assessor.")));
            if (moderator.equals(me)) {
                throw new InvalidRequestException("Choose a different assessor to moderate your award.");
            }
            if (hasConflict(moderator, application.practice())) {
                throw new InvalidRequestException(moderator.displayName() + " has a conflict of interest with "
                        + application.practice().name() + "; choose another assessor to moderate.");
            }
            em.persist(new Moderation(application, outcome, checkedReasons, conditions, me, moderator, now));
            application.awaitModeration(moderator);
            audit.record(actor, MODERATION_REQUESTED, subject(application), practiceOf(application),
                    outcome.label() + " proposed; " + moderator.displayName() + " moderates. Reasons: " + checkedReasons);
            return Optional.empty();
        }
        AssessmentDecision decision = new AssessmentDecision(application, outcome, checkedReasons, me, DecidedAs.ASSESSOR, now);
        em.persist(decision);
        application.close(outcome, now);
        audit.record(actor, DECIDED, subject(application), practiceOf(application),
                outcome.label() + " (" + application.levelTitle() + "). Reasons: " + checkedReasons);
        if (outcome.awards()) {
            awards.grant(actor, application, decision, conditions);
        }
        return Optional.of(decision);
    }

    /**
     * The moderator lets the proposed top-level award stand: the assessor's decision and the
     * moderator's are recorded and the award is made.
     *
     * @throws NotFoundException when the actor is not the application's moderator, or has a conflict
     * @throws ConflictException when nothing waits for moderation
     */
    public KiteMarkAward confirmModeration(Actor actor, long applicationId, String reasons) {
        KiteMarkApplication application = lockForModerator(actor, applicationId);
        Moderation moderation = pendingModeration(application)
                .orElseThrow(() -> new ConflictException("Nothing on this application waits for moderation."));
        String checkedReasons = AssessmentDecision.requireReasons(reasons);
        Instant now = clock.instant();
        moderation.confirm(now);
        AssessmentDecision assessors = new AssessmentDecision(application, moderation.outcome(), moderation.reasons(),
                moderation.proposedBy(), DecidedAs.ASSESSOR, moderation.proposedAt());
        AssessmentDecision moderators = new AssessmentDecision(application, moderation.outcome(), checkedReasons,
                person(actor.requirePersonId()), DecidedAs.MODERATOR, now);
        em.persist(assessors);
        em.persist(moderators);
        application.close(moderation.outcome(), now);
        audit.record(actor, MODERATION_CONFIRMED, subject(application), practiceOf(application),
                "The award of " + application.levelTitle() + " stands after moderation. Reasons: " + checkedReasons);
        return awards.grant(actor, application, assessors, moderation.conditions());
    }

    /**
     * The moderator returns the proposed award to the first assessor, with reasons; the
     * application is in review again.
     */
    public void returnFromModeration(Actor actor, long applicationId, String reasons) {
        KiteMarkApplication application = lockForModerator(actor, applicationId);
        Moderation moderation = pendingModeration(application)
                .orElseThrow(() -> new ConflictException("Nothing on this application waits for moderation."));
        moderation.returnWith(reasons, clock.instant());
        application.resumeReview();
        audit.record(actor, MODERATION_RETURNED, subject(application), practiceOf(application),
                "Returned to " + moderation.proposedBy().displayName() + " by the moderator. Reasons: "
                        + moderation.moderatorReasons().orElse(""));
    }

    // ---- conflicts declared ----

    /**
     * The assessor declares a conflict of interest with a practice, with the reason.
     *
     * @throws NotFoundException       when there is no practice with that code
     * @throws InvalidRequestException when the reason is blank or too long
     * @throws ConflictException       when declared already
     */
    public DeclaredConflict declareConflict(Actor actor, String odsCode, String reason) {
        Person me = requireAssessorPerson(actor);
        String code = odsCode == null ? "" : odsCode.strip().toUpperCase(Locale.ROOT);
        Practice practice = academy.practice.OdsCode.parse(code).flatMap(practices::findByOdsCode)
                .orElseThrow(() -> new NotFoundException("No practice has the code \u201c" + code
                        + "\u201d. A practice code is a letter and five digits, like M83001."));
        if (declared(me.id(), practice.id())) {
            throw new ConflictException("You have declared a conflict with " + practice.name() + " already.");
        }
        DeclaredConflict conflict = new DeclaredConflict(me, practice, reason, clock.instant());
        em.persist(conflict);
        audit.record(actor, CONFLICT_DECLARED, new AuditSubject("practice", practice.odsCode().value()),
                Optional.of(practice.id()), me.displayName() + " declared a conflict of interest: " + conflict.reason());
        return conflict;
    }

    /** The conflicts the assessor declared, newest first (a handful). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeclaredConflict> declaredConflicts(Actor actor) {
        requireAssessorPerson(actor);
        return em.createNamedQuery("DeclaredConflict.ofAssessor", DeclaredConflict.class)
                .setParameter("assessorId", actor.requirePersonId()).setMaxResults(MAX_ASSESSORS).getResultList();
    }

    /** The conflicts the academy knows from the assessor's memberships. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessorConflicts.Conflict> membershipConflicts(Actor actor) {
        return conflicts.conflictsOf(actor);
    }

    // ---- rules shared by the verbs ----

    private void requireAssessorOrAdministrator(Actor actor) {
        if (!actor.isAssessor() && !actor.isAdministrator()) {
            throw new AccessDeniedException("Only assessors and administrators can see applications.");
        }
    }

    private Person requireAssessorPerson(Actor actor) {
        if (!actor.isAssessor()) {
            throw new AccessDeniedException("Only assessors can do that.");
        }
        return person(actor.requirePersonId());
    }

    private KiteMarkApplication lockForAssessor(Actor actor, long applicationId) {
        KiteMarkApplication application = lock(applicationId);
        if (hasConflict(actor, application.practice())) {
            throw new NotFoundException(NO_APPLICATION);
        }
        return application;
    }

    private KiteMarkApplication lockForAssignedAssessor(Actor actor, long applicationId) {
        requireAssessorPerson(actor);
        KiteMarkApplication application = lockForAssessor(actor, applicationId);
        if (application.assessor().map(a -> !a.id().equals(actor.requirePersonId())).orElse(true)) {
            throw new ConflictException("Only the assessor assigned to this application can review and decide it.");
        }
        return application;
    }

    private KiteMarkApplication lockForModerator(Actor actor, long applicationId) {
        requireAssessorPerson(actor);
        KiteMarkApplication application = lockForAssessor(actor, applicationId);
        if (application.status() != ApplicationStatus.AWAITING_MODERATION
                || application.moderator().map(m -> !m.id().equals(actor.requirePersonId())).orElse(true)) {
            throw new ConflictException("Only the moderator named for this application can moderate it, while it waits.");
        }
        return application;
    }

    private static void requireReviewing(KiteMarkApplication application) {
        if (application.status() != ApplicationStatus.IN_REVIEW && application.status() != ApplicationStatus.MORE_EVIDENCE_REQUESTED) {
            throw new ConflictException("This application is " + application.status().label().toLowerCase(Locale.UK)
                    + "; its criteria cannot be reviewed now.");
        }
    }

    /** Membership conflicts (the academy's rule) and declared ones. */
    private boolean hasConflict(Actor actor, Practice practice) {
        return conflicts.conflictingPracticeIds(actor).contains(practice.id())
                || actor.personId().map(id -> declared(id, practice.id())).orElse(false);
    }

    private boolean hasConflict(Person assessor, Practice practice) {
        return access.hasConflictOfInterest(practice, practices.membershipsOfPerson(assessor.id()))
                || declared(assessor.id(), practice.id());
    }

    private boolean declared(long assessorId, long practiceId) {
        return em.createNamedQuery("DeclaredConflict.exists", Long.class).setParameter("assessorId", assessorId)
                .setParameter("practiceId", practiceId).getSingleResult() > 0;
    }

    private Person activeAssessor(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null || !person.holds(SystemRole.ASSESSOR) || person.status() != PersonStatus.ACTIVE) {
            throw new InvalidRequestException("Choose an active assessor from the list.");
        }
        return person;
    }

    private Person person(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId))
                .orElseThrow(() -> new AccessDeniedException("Please sign in again."));
    }

    private Optional<KiteMarkApplication> find(long applicationId) {
        return Optional.ofNullable(em.find(KiteMarkApplication.class, applicationId));
    }

    private KiteMarkApplication lock(long applicationId) {
        // Two assessors taking, or an assessor and the practice acting at once, take turns.
        return Optional.ofNullable(em.find(KiteMarkApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException(NO_APPLICATION));
    }

    private Optional<CriterionReview> findReview(KiteMarkApplication application, String criterionSlug) {
        return em.createQuery("SELECT r FROM CriterionReview r WHERE r.application = :application"
                        + " AND r.criterionSlug = :slug", CriterionReview.class)
                .setParameter("application", application).setParameter("slug", criterionSlug).getResultStream().findFirst();
    }

    private Optional<Moderation> pendingModeration(KiteMarkApplication application) {
        return em.createNamedQuery("Moderation.pendingOf", Moderation.class)
                .setParameter("applicationId", application.id()).getResultStream().findFirst();
    }

    private static FrozenCriterion criterionOf(KiteMarkApplication application, String criterionSlug) {
        return application.criteria().stream().filter(c -> c.criterionSlug().equals(criterionSlug)).findFirst()
                .orElseThrow(() -> new NotFoundException("The application has no such criterion."));
    }

    private static AuditSubject subject(KiteMarkApplication application) {
        return AuditSubject.of("application", application.id());
    }

    private static Optional<Long> practiceOf(KiteMarkApplication application) {
        return Optional.of(application.practice().id());
    }
}
