package academy.accreditation.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.People;
import academy.account.Person;
import academy.accreditation.application.DecisionOutcome;
import academy.accreditation.application.ApplicationStatus;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.application.KiteMarkApplications;
import academy.accreditation.award.AwardLifecycle;
import academy.accreditation.award.AwardReinstated;
import academy.accreditation.award.AwardTerms;
import academy.accreditation.award.KiteMarkAward;
import academy.accreditation.award.KiteMarkAwards;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.practice.AssessorConflicts;
import academy.practice.Practice;
import academy.practice.PracticeAccess;
import academy.practice.Practices;
import academy.shared.AccessDeniedException;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.shared.SystemRole;
import academy.accreditation.application.AssessmentDecision;

/**
 * Appeals against refusals and revocations: a practice's manager lodges one within
 * {@value AppealWindow#DAYS} days; an administrator gives it to an assessor who neither took the
 * decision nor has a conflict of interest with the practice; that assessor upholds it (the award is
 * reinstated, or the application reopened for them) or dismisses it, with reasons. Also the
 * practice's kite mark as it stands ("Our kite mark"), which shows what may still be appealed.
 */
@ApplicationScoped
@Transactional
public class Appeals {

    public static final AuditAction LODGED = new AuditAction("accreditation.appeal-lodged");
    public static final AuditAction ASSIGNED = new AuditAction("accreditation.appeal-assigned");
    public static final AuditAction DECIDED = new AuditAction("accreditation.appeal-decided");
    public static final AuditAction REINSTATED = new AuditAction("accreditation.reinstated");
    public static final AuditAction REOPENED = new AuditAction("accreditation.reopened");
    static final String NO_APPEAL = "There is no such appeal, or it is not yours to see.";

    @Inject
    AppealRecords records;

    @Inject
    KiteMarkApplications applications;

    @Inject
    KiteMarkAwards awardStore;

    @Inject
    AwardTerms terms;

    @Inject
    AwardLifecycle lifecycle;

    @Inject
    People people;

    @Inject
    PracticeAccess access;

    @Inject
    AssessorConflicts conflicts;

    @Inject
    Practices practices;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AwardReinstated> reinstated;

    /**
     * The practice's manager appeals the refusal of its application.
     *
     * @throws NotFoundException unless the actor manages the application's practice (or is an administrator)
     * @throws ConflictException when the application is not refused, the {@value AppealWindow#DAYS} days
     *     have passed, or an appeal against it is open
     */
    public Appeal appealRefusal(Actor actor, long applicationId, String grounds, Instant now) {
        KiteMarkApplication application = applications.find(applicationId)
                .filter(a -> access.mayManage(actor, a.practice().id()))
                .orElseThrow(() -> new NotFoundException("There is no such application, or it is not yours to see."));
        // The practice's row lock makes two managers appealing at once take turns; the second sees the first.
        practices.lock(application.practice());
        if (records.openAgainstApplication(applicationId)) {
            throw new ConflictException("An appeal against this refusal is already being heard.");
        }
        Person refusedBy = applications.decisionsOn(applicationId).stream()
                .filter(d -> d.outcome() == DecisionOutcome.REFUSE).reduce((first, later) -> later)
                .map(AssessmentDecision::decidedBy)
                .orElseThrow(() -> new ConflictException("Only a refused application can be appealed."));
        Appeal appeal = Appeal.againstRefusal(application, refusedBy, grounds, actor.requirePersonId(), now);
        records.add(appeal);
        audit.record(actor, LODGED, AuditSubject.of("appeal", appeal.id()), Optional.of(application.practice().id()),
                "Appeal against the refusal of " + application.levelTitle() + " lodged: " + appeal.grounds());
        return appeal;
    }

    /**
     * The practice's manager appeals the revocation of its kite mark.
     *
     * @throws NotFoundException unless the actor manages the award's practice (or is an administrator)
     * @throws ConflictException when the award is not revoked, the days have passed, or an appeal against it is open
     */
    public Appeal appealRevocation(Actor actor, long awardId, String grounds, Instant now) {
        KiteMarkAward award = awardStore.lock(awardId)
                .filter(a -> access.mayManage(actor, a.practice().id()))
                .orElseThrow(() -> new NotFoundException(AwardLifecycle.NO_AWARD));
        if (records.openAgainstAward(awardId)) {
            throw new ConflictException("An appeal against this revocation is already being heard.");
        }
        Appeal appeal = Appeal.againstRevocation(award, grounds, actor.requirePersonId(), now);
        records.add(appeal);
        audit.record(actor, LODGED, AuditSubject.of("appeal", appeal.id()), Optional.of(award.practice().id()),
                "Appeal against the revocation of " + award.serial().value() + " lodged: " + appeal.grounds());
        return appeal;
    }

    /**
     * An administrator gives the appeal to an assessor who did not take the decision and has no
     * conflict of interest with the practice.
     *
     * @throws AccessDeniedException unless the actor is an administrator
     * @throws ConflictException     when the person is not an assessor, took the decision, has a
     *     conflict of interest, or the appeal is decided
     */
    public Appeal assign(Actor actor, long appealId, long assessorId, Instant now) {
        access.requireAdministrator(actor);
        Appeal appeal = lockedAppeal(appealId);
        Person assessor = people.findPerson(assessorId)
                .filter(p -> p.holds(SystemRole.ASSESSOR))
                .orElseThrow(() -> new ConflictException("Choose an assessor to hear the appeal."));
        if (access.hasConflictOfInterest(appeal.practice(), practices.membershipsOfPerson(assessorId))) {
            throw new ConflictException(assessor.displayName() + " belongs, or belonged within the last "
                    + PracticeAccess.CONFLICT_MONTHS + " months, to " + appeal.practice().name() + "; choose another assessor.");
        }
        appeal.assignTo(assessor, now);
        audit.record(actor, ASSIGNED, AuditSubject.of("appeal", appeal.id()), Optional.of(appeal.practice().id()),
                "Appeal (" + appeal.kind().label().toLowerCase(java.util.Locale.UK) + ") given to " + assessor.displayName());
        return appeal;
    }

    /**
     * The appeal assessor's outcome. Upheld: a revoked award is reinstated, a refused application is
     * reopened for the appeal assessor to review again.
     *
     * @throws AccessDeniedException unless the actor is an assessor without a conflict of interest
     * @throws ConflictException     unless the appeal is open and given to the actor
     */
    public Appeal decide(Actor actor, long appealId, boolean upheld, String reasons, Instant now) {
        Appeal appeal = lockedAppeal(appealId);
        if (!actor.isAssessor() || appeal.assessor().map(a -> !a.id().equals(actor.requirePersonId())).orElse(true)) {
            throw new NotFoundException(NO_APPEAL);
        }
        conflicts.requireMayAssess(actor, appeal.practice().id());
        Person by = appeal.assessor().orElseThrow();
        appeal.decide(upheld, reasons, by, now);
        long practiceId = appeal.practice().id();
        audit.record(actor, DECIDED, AuditSubject.of("appeal", appeal.id()), Optional.of(practiceId),
                "Appeal " + appeal.status().label().toLowerCase(java.util.Locale.UK) + ": " + appeal.outcomeReasons().orElseThrow());
        if (upheld && appeal.kind() == AppealKind.REVOCATION) {
            KiteMarkAward award = awardStore.lock(appeal.award().orElseThrow().id()).orElseThrow();
            award.reinstate();
            audit.record(actor, REINSTATED, new AuditSubject("award", award.serial().value()), Optional.of(practiceId),
                    award.levelTitle() + " reinstated on appeal; valid until " + award.validUntil());
            awardStore.flush();
            reinstated.fire(new AwardReinstated(award.id()));
        } else if (upheld) {
            KiteMarkApplication application = appeal.application().orElseThrow();
            applications.lock(application);
            application.reopenForAppeal(by, now);
            audit.record(actor, REOPENED, AuditSubject.of("application", application.id()), Optional.of(practiceId),
                    "Application for " + application.levelTitle() + " reopened on appeal for " + by.displayName());
        }
        return appeal;
    }

    /**
     * Appeals in the given states, oldest first, for administrators.
     *
     * @throws AccessDeniedException unless the actor is an administrator
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Appeal> inStatus(Actor actor, Set<AppealStatus> statuses, PageRequest page) {
        access.requireAdministrator(actor);
        Set<AppealStatus> chosen = statuses.isEmpty() ? EnumSet.allOf(AppealStatus.class) : EnumSet.copyOf(statuses);
        return records.inStatus(chosen, page);
    }

    /** The appeals given to the assessor, open ones first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Appeal> assignedTo(Actor actor, PageRequest page) {
        if (!actor.isAssessor()) {
            throw new AccessDeniedException("Only assessors hear appeals.");
        }
        return records.assignedTo(actor.requirePersonId(), page);
    }

    /**
     * The practice's kite mark as it stands: its latest award (with conditions) and status, and what
     * the practice may appeal. For the practice's managers, assessors and administrators.
     *
     * @throws NotFoundException for anyone else, or when there is no such practice
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PracticeKiteMark kiteMarkOf(Actor actor, long practiceId, Instant now) {
        lifecycle.requireMayView(actor, practiceId);
        Practice practice = practices.getPractice(practiceId);
        LocalDate today = AwardLifecycle.today(now);
        Optional<KiteMarkAward> latest = awardStore.latestOfPractice(practiceId);
        Optional<KiteMarkApplication> refused = applications.latestOfPractice(practiceId, EnumSet.of(ApplicationStatus.REFUSED));
        List<Appeal> appeals = records.ofPractice(practiceId, PracticeKiteMark.APPEALS_SHOWN);
        return new PracticeKiteMark(practice, latest, latest.map(a -> a.status(today, terms.renewalWindowDays())),
                latest.map(a -> a.renewalWindowOpens(terms.renewalWindowDays())), refused, appeals, today);
    }

    /** Every assessor, by name, for the administrator's choice (a region has a few dozen). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> assessors(Actor actor) {
        access.requireAdministrator(actor);
        return people.holding(SystemRole.ASSESSOR, PageRequest.MAX_PAGE_SIZE);
    }

    private Appeal lockedAppeal(long appealId) {
        return records.lock(appealId).orElseThrow(() -> new NotFoundException(NO_APPEAL));
    }
}
