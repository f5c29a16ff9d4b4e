package academy.accreditation.assessment;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import academy.account.Person;
import academy.accreditation.application.ApplicationStatus;
import academy.accreditation.application.FrozenCriterion;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.application.KiteMarkApplications;
import academy.audit.AuditSubject;
import academy.practice.AssessorConflicts;
import academy.practice.Practice;
import academy.practice.PracticeAccess;
import academy.practice.Practices;
import academy.shared.AccessDeniedException;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;

/**
 * Who may read and act on an application in assessment, for every assessment service: assessors
 * and administrators read; the assigned assessor reviews and decides; the named moderator moderates.
 * Conflicts of interest (memberships, the academy's rule, and declared ones) hide an application:
 * it does not exist for an assessor who may not assess it.
 */
@ApplicationScoped
public class AssessmentAccess {

    static final String NO_APPLICATION = "There is no such application, or it is not yours to see.";

    @Inject
    KiteMarkApplications applications;

    @Inject
    Assessors assessors;

    @Inject
    AssessorConflicts conflicts;

    @Inject
    PracticeAccess access;

    @Inject
    Practices practices;

    public void requireAssessorOrAdministrator(Actor actor) {
        if (!actor.isAssessor() && !actor.isAdministrator()) {
            throw new AccessDeniedException("Only assessors and administrators can see applications.");
        }
    }

    public Person requireAssessorPerson(Actor actor) {
        if (!actor.isAssessor()) {
            throw new AccessDeniedException("Only assessors can do that.");
        }
        return person(actor);
    }

    /**
     * An application, with everything its page shows, as its readers may see it: assessors without a
     * conflict of interest, and administrators.
     */
    public KiteMarkApplication readable(Actor actor, long applicationId) {
        requireAssessorOrAdministrator(actor);
        KiteMarkApplication application = applications.findWhole(applicationId)
                .orElseThrow(() -> new NotFoundException(NO_APPLICATION));
        if (!actor.isAdministrator() && hasConflict(actor, application.practice())) {
            throw new NotFoundException(NO_APPLICATION);
        }
        return application;
    }

    public KiteMarkApplication lock(long applicationId) {
        // Two assessors taking, or an assessor and the practice acting at once, take turns.
        return applications.lock(applicationId).orElseThrow(() -> new NotFoundException(NO_APPLICATION));
    }

    public KiteMarkApplication lockForAssessor(Actor actor, long applicationId) {
        KiteMarkApplication application = lock(applicationId);
        if (hasConflict(actor, application.practice())) {
            throw new NotFoundException(NO_APPLICATION);
        }
        return application;
    }

    public KiteMarkApplication lockForAssignedAssessor(Actor actor, long applicationId) {
        requireAssessorPerson(actor);
        KiteMarkApplication application = lockForAssessor(actor, applicationId);
        if (application.assessor().map(a -> !a.id().equals(actor.requirePersonId())).orElse(true)) {
            throw new ConflictException("Only the assessor assigned to this application can review and decide it.");
        }
        return application;
    }

    public KiteMarkApplication lockForModerator(Actor actor, long applicationId) {
        requireAssessorPerson(actor);
        KiteMarkApplication application = lockForAssessor(actor, applicationId);
        if (application.status() != ApplicationStatus.AWAITING_MODERATION
                || application.moderator().map(m -> !m.id().equals(actor.requirePersonId())).orElse(true)) {
            throw new ConflictException("Only the moderator named for this application can moderate it, while it waits.");
        }
        return application;
    }

    static void requireReviewing(KiteMarkApplication application) {
        if (application.status() != ApplicationStatus.IN_REVIEW && application.status() != ApplicationStatus.MORE_EVIDENCE_REQUESTED) {
            throw new ConflictException("This application is " + application.status().label().toLowerCase(Locale.UK)
                    + "; its criteria cannot be reviewed now.");
        }
    }

    /** Membership conflicts (the academy's rule) and declared ones. */
    public boolean hasConflict(Actor actor, Practice practice) {
        return conflicts.conflictingPracticeIds(actor).contains(practice.id())
                || actor.personId().map(id -> assessors.declared(id, practice.id())).orElse(false);
    }

    public boolean hasConflict(Person assessor, Practice practice) {
        return access.hasConflictOfInterest(practice, practices.membershipsOfPerson(assessor.id()))
                || assessors.declared(assessor.id(), practice.id());
    }

    public Person activeAssessor(long personId) {
        return assessors.findActiveAssessor(personId)
                .orElseThrow(() -> new InvalidRequestException("Choose an active assessor from the list."));
    }

    public Person person(Actor actor) {
        return assessors.findPerson(actor.requirePersonId()).orElseThrow(() -> new AccessDeniedException("Please sign in again."));
    }

    static FrozenCriterion criterionOf(KiteMarkApplication application, String criterionSlug) {
        return application.criteria().stream().filter(c -> c.criterionSlug().equals(criterionSlug)).findFirst()
                .orElseThrow(() -> new NotFoundException("The application has no such criterion."));
    }

    static AuditSubject subject(KiteMarkApplication application) {
        return AuditSubject.of("application", application.id());
    }

    static Optional<Long> practiceOf(KiteMarkApplication application) {
        return Optional.of(application.practice().id());
    }
}
