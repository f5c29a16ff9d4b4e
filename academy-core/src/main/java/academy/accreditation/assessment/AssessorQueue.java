package academy.accreditation.assessment;

import static academy.accreditation.assessment.AssessmentAccess.practiceOf;
import static academy.accreditation.assessment.AssessmentAccess.subject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.Person;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.application.KiteMarkApplications;
import academy.audit.AuditAction;
import academy.audit.AuditTrail;
import academy.practice.AssessorConflicts;
import academy.practice.PracticeAccess;
import academy.shared.AccessDeniedException;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * The assessor queue: applications waiting, oldest first; an assessor takes one, or an administrator
 * gives it to an assessor free of conflicts of interest with the practice.
 */
@ApplicationScoped
@Transactional
public class AssessorQueue {

    public static final AuditAction TAKEN = new AuditAction("accreditation.taken");
    public static final AuditAction ASSIGNED = new AuditAction("accreditation.assigned");
    private static final int MAX_ASSESSORS = 200;

    @Inject
    AssessmentAccess rules;

    @Inject
    AssessmentRecords records;

    @Inject
    KiteMarkApplications applications;

    @Inject
    Assessors assessors;

    @Inject
    AssessorConflicts conflicts;

    @Inject
    PracticeAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Applications oldest first, one page at a time. Assessors never see applications of practices
     * they have a conflict with; administrators see all.
     *
     * @throws AccessDeniedException unless the actor is an assessor or an administrator
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<KiteMarkApplication> queue(Actor actor, QueueFilter filter, PageRequest page) {
        rules.requireAssessorOrAdministrator(actor);
        if (actor.isAdministrator()) {
            return records.queue(filter, actor.personId(), Optional.empty(), Set.of(), page);
        }
        Set<Long> memberOf = conflicts.conflictingPracticeIds(actor);
        return records.queue(filter, actor.personId(), Optional.of(actor.requirePersonId()), memberOf, page);
    }

    /**
     * The assessor takes an unassigned application.
     *
     * @throws NotFoundException when there is no such application or the assessor has a conflict with its practice
     * @throws ConflictException when another assessor has it already, or it is decided
     */
    public KiteMarkApplication take(Actor actor, long applicationId) {
        Person me = rules.requireAssessorPerson(actor);
        KiteMarkApplication application = rules.lockForAssessor(actor, applicationId);
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
        KiteMarkApplication application = rules.lock(applicationId);
        Person assessor = rules.activeAssessor(assessorId);
        if (rules.hasConflict(assessor, application.practice())) {
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
     * Active assessors free of conflicts with the application's practice: whom an administrator may
     * assign, or whom the assessor may ask to moderate.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> eligibleAssessors(Actor actor, long applicationId) {
        rules.requireAssessorOrAdministrator(actor);
        KiteMarkApplication application = applications.find(applicationId)
                .orElseThrow(() -> new NotFoundException(AssessmentAccess.NO_APPLICATION));
        return assessors.freeToAssess(application.practice(), MAX_ASSESSORS);
    }
}
