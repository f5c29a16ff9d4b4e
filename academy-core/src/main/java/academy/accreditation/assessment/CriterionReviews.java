package academy.accreditation.assessment;

import static academy.accreditation.assessment.AssessmentAccess.NO_APPLICATION;
import static academy.accreditation.assessment.AssessmentAccess.criterionOf;
import static academy.accreditation.assessment.AssessmentAccess.practiceOf;
import static academy.accreditation.assessment.AssessmentAccess.requireReviewing;
import static academy.accreditation.assessment.AssessmentAccess.subject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.Person;
import academy.accreditation.application.Accreditation;
import academy.accreditation.application.ApplicationStatus;
import academy.accreditation.application.FrozenCriterion;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.application.KiteMarkApplications;
import academy.accreditation.readiness.EvidenceStatement;
import academy.accreditation.readiness.ReadinessFacts;
import academy.audit.AuditAction;
import academy.audit.AuditTrail;
import academy.evidence.EvidenceFiles;
import academy.evidence.EvidenceUpload;
import academy.practice.PracticeAccess;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;

/**
 * An application's file and the review of its frozen criteria: the assessor accepts a criterion or
 * asks for more evidence in its thread, and the practice answers, perhaps with new evidence. Both
 * sides read the file here: assessors (free of conflicts) and administrators any, the practice's
 * managers their latest. Every change is audited with the practice's id.
 */
@ApplicationScoped
@Transactional
public class CriterionReviews {

    public static final AuditAction ACCEPTED = new AuditAction("accreditation.criterion-accepted");
    public static final AuditAction EVIDENCE_REQUESTED = new AuditAction("accreditation.evidence-requested");
    public static final AuditAction ANSWERED = new AuditAction("accreditation.evidence-answered");

    @Inject
    AssessmentAccess rules;

    @Inject
    AssessmentRecords records;

    @Inject
    KiteMarkApplications applications;

    @Inject
    PracticeAccess access;

    @Inject
    Accreditation accreditation;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    // ---- reading ----

    /**
     * The application as the assessor (or an administrator) reads it.
     *
     * @throws NotFoundException when there is no such application, or the actor has a conflict with its practice
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicationFile file(Actor actor, long applicationId) {
        return fileOf(rules.readable(actor, applicationId));
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
        KiteMarkApplication application = rules.readable(actor, applicationId);
        boolean frozen = application.criteria().stream().map(FrozenCriterion::evidence).flatMap(Optional::stream)
                .map(ReadinessFacts.Evidence::file).flatMap(Optional::stream).anyMatch(f -> f.id() == fileId);
        if (!frozen && !records.messageHoldsFile(applicationId, fileId)) {
            throw new NotFoundException("This application holds no such evidence file.");
        }
        return evidenceFiles.openVouchedFor(application.practice().id(), fileId);
    }

    /**
     * The practice's latest application as its manager reads it: open, or the last one decided.
     *
     * @throws NotFoundException unless the actor manages the practice (or is an administrator)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApplicationFile> latestOfPractice(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        return applications.latestWholeOfPractice(practiceId).map(this::fileOf);
    }

    /** The file of an application read with its graph ({@link KiteMarkApplication#FILE}). */
    private ApplicationFile fileOf(KiteMarkApplication application) {
        Map<String, CriterionReview> reviews = records.reviewsOf(application.id()).stream()
                .collect(Collectors.toMap(CriterionReview::criterionSlug, Function.identity()));
        Map<String, List<CriterionMessage>> threads = new LinkedHashMap<>();
        records.messagesOf(application.id())
                .forEach(m -> threads.computeIfAbsent(m.criterionSlug(), slug -> new ArrayList<>()).add(m));
        Optional<Moderation> moderation = records.pendingModeration(application.id());
        return new ApplicationFile(application, reviews, threads, moderation, applications.decisionsOn(application.id()),
                DecisionRules.isTopLevel(application));
    }

    // ---- reviewing ----

    /**
     * The assigned assessor accepts a criterion.
     *
     * @throws ConflictException when the application is not in review, or the practice still owes an answer on it
     */
    public CriterionReview accept(Actor actor, long applicationId, String criterionSlug) {
        KiteMarkApplication application = rules.lockForAssignedAssessor(actor, applicationId);
        requireReviewing(application);
        FrozenCriterion criterion = criterionOf(application, criterionSlug);
        Person me = rules.person(actor);
        Instant now = clock.instant();
        CriterionReview review = records.findReview(application.id(), criterionSlug).map(r -> {
            r.accept(me, now);
            return r;
        }).orElseGet(() -> records.addReview(CriterionReview.accepted(application, criterionSlug, me, now)));
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
        KiteMarkApplication application = rules.lockForAssignedAssessor(actor, applicationId);
        requireReviewing(application);
        FrozenCriterion criterion = criterionOf(application, criterionSlug);
        Person me = rules.person(actor);
        Instant now = clock.instant();
        CriterionMessage message = new CriterionMessage(application, criterionSlug, me, MessageSide.ASSESSOR, comment,
                Optional.empty(), Optional.empty(), now);
        records.findReview(application.id(), criterionSlug).ifPresentOrElse(r -> r.requestEvidence(me, now),
                () -> records.addReview(CriterionReview.evidenceRequested(application, criterionSlug, me, now)));
        records.addMessage(message);
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
        KiteMarkApplication application = rules.lock(applicationId);
        if (!application.practice().id().equals(practiceId)) {
            throw new NotFoundException(NO_APPLICATION);
        }
        if (!application.status().isOpen()) {
            throw new ConflictException("This application is " + application.status().label().toLowerCase(Locale.UK)
                    + " already; there is nothing more to answer.");
        }
        FrozenCriterion criterion = criterionOf(application, criterionSlug);
        CriterionReview review = records.findReview(application.id(), criterionSlug)
                .filter(r -> r.verdict() == ReviewVerdict.EVIDENCE_REQUESTED)
                .orElseThrow(() -> new ConflictException("The assessor has not asked for more evidence on \u201c"
                        + criterion.title() + "\u201d."));
        Instant now = clock.instant();
        boolean withEvidence = link != null && !link.isBlank() || upload.isPresent();
        Optional<EvidenceStatement> given = withEvidence
                ? Optional.of(accreditation.giveEvidence(actor, practiceId, criterionSlug, text, link, upload))
                : Optional.empty();
        CriterionMessage message = new CriterionMessage(application, criterionSlug, rules.person(actor),
                MessageSide.PRACTICE, text, given.flatMap(EvidenceStatement::link), given.flatMap(EvidenceStatement::file), now);
        review.answer(now);
        records.addMessage(message);
        long stillOpen = records.countInVerdict(application.id(), ReviewVerdict.EVIDENCE_REQUESTED);
        if (stillOpen == 0 && application.status() == ApplicationStatus.MORE_EVIDENCE_REQUESTED) {
            application.resumeReview();
        }
        audit.record(actor, ANSWERED, subject(application), Optional.of(practiceId),
                "The practice answered on \u201c" + criterion.title() + "\u201d"
                        + given.map(g -> " with new evidence " + Accreditation.whereTheEvidenceIs(g)).orElse("")
                        + (stillOpen == 0 ? "; every request is answered" : "; " + stillOpen + " request(s) still open"));
        return message;
    }
}
