package academy.web.home;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.accreditation.application.Accreditation;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.assessment.AssessorQueue;
import academy.accreditation.assessment.QueueFilter;
import academy.accreditation.readiness.LevelReadiness;
import academy.accreditation.readiness.PracticeReadiness;
import academy.learning.Learning;
import academy.learning.ModuleStatus;
import academy.learning.MyLearning;
import academy.learning.TrainingElsewhere;
import academy.learning.TrainingMatrix;
import academy.learning.TrainingMatrix.StaffCounts;
import academy.learning.TrainingStatus;
import academy.practice.AssessorConflicts;
import academy.practice.AssessorConflicts.Conflict;
import academy.practice.JobRole;
import academy.practice.Membership;
import academy.practice.MembershipStatus;
import academy.practice.Practice;
import academy.practice.Roster;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.shared.time.AcademyCalendar;
import academy.web.accreditation.NextSteps;
import academy.web.faces.Messages;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * {@code /home.xhtml}: where a person lands after signing in, with their next task first. A
 * manager sees each practice he manages (staff overdue and due soon, readiness per level with the
 * next steps, people waiting for approval, training done elsewhere to check), an assessor the
 * applications waiting, a learner the one module to continue and what is due; then the person's practices (and leaving one) and, for
 * assessors, the practices they may not assess.
 */
@Named
@RequestScoped
public class HomeBacking {

    /** How many of the assessor's own applications the home page lists. */
    static final int ASSIGNED_SHOWN = 5;

    @Inject
    Roster roster;

    @Inject
    Learning learning;

    @Inject
    TrainingMatrix matrix;

    @Inject
    Accreditation accreditation;

    @Inject
    TrainingElsewhere trainingElsewhere;

    @Inject
    AssessorQueue queue;

    @Inject
    AssessorConflicts conflicts;

    @Inject
    CurrentUser currentUser;

    @Inject
    academy.learning.assignment.Assignments assignments;

    /** How many of the learner's assignments the home page lists (My learning has the rest). */
    static final int ASSIGNMENTS_SHOWN = 5;
    private Page<academy.learning.assignment.AssignmentView> myAssignments;

    private List<Membership> memberships;
    private MyLearning myLearning;
    private List<ManagedPractice> managed;
    private Page<KiteMarkApplication> assigned;
    private Long unassigned;
    private List<Conflict> conflictList;
    private String leaving;

    /**
     * One practice the person manages, as the top of his home page shows it: its counts, how far each
     * kite-mark level is met, and the same next steps as the readiness page ({@link NextSteps}).
     *
     * @param openApplicationLevel the level of the application with the assessors, if any (then no steps)
     * @param trainingToCheck records of training done elsewhere waiting for a manager's decision
     */
    public record ManagedPractice(Practice practice, StaffCounts staff, List<LevelReadiness> levels,
            List<NextSteps.Step> nextSteps, Optional<String> openApplicationLevel, int waitingForApproval,
            long trainingToCheck) {
    }

    // ---- a manager's practices

    /** The practices the person manages, in id order; empty for everyone else. */
    public List<ManagedPractice> getManagedPractices() {
        if (managed == null) {
            managed = currentUser.actor().managedPracticeIds().stream().sorted().map(this::managedPractice).toList();
        }
        return managed;
    }

    private ManagedPractice managedPractice(long practiceId) {
        var actor = currentUser.actor();
        Practice practice = roster.practice(actor, practiceId);
        PracticeReadiness readiness = accreditation.readiness(actor, practiceId);
        Optional<String> openLevel = accreditation.findOpenApplication(actor, practiceId).map(KiteMarkApplication::levelTitle);
        return new ManagedPractice(practice, matrix.counts(actor, practiceId), readiness.levels(),
                NextSteps.of(readiness, openLevel.isPresent()), openLevel, roster.applicants(actor, practiceId).size(),
                trainingElsewhere.pendingCount(actor, practiceId));
    }

    // ---- an assessor's queue

    /** The oldest applications assigned to the assessor (the first few), with how many there are. */
    public Page<KiteMarkApplication> getAssigned() {
        if (assigned == null) {
            assigned = queue.queue(currentUser.actor(), new QueueFilter(Optional.empty(), Optional.empty(),
                    QueueFilter.Assigned.MINE, Optional.empty()), new PageRequest(0, ASSIGNED_SHOWN));
        }
        return assigned;
    }

    /** Open applications no assessor has taken yet (that the assessor may assess). */
    public long getUnassigned() {
        if (unassigned == null) {
            unassigned = queue.queue(currentUser.actor(), new QueueFilter(Optional.empty(), Optional.empty(),
                    QueueFilter.Assigned.UNASSIGNED, Optional.empty()), new PageRequest(0, 1)).total();
        }
        return unassigned;
    }

    // ---- the person's own training

    /** Current and waiting memberships; ended and rejected ones are history, not for the home page. */
    public List<Membership> getMemberships() {
        if (memberships == null) {
            memberships = roster.myMemberships(currentUser.actor()).stream()
                    .filter(m -> m.status() == MembershipStatus.ACTIVE || m.status() == MembershipStatus.PENDING)
                    .toList();
        }
        return memberships;
    }

    public boolean isWaitingForApproval() {
        return getMemberships().stream().anyMatch(m -> m.status() == MembershipStatus.PENDING);
    }

    /** How a membership is described: staff by their job role, a PPG member as a member of the group (no "job role"). */
    public String describe(Membership membership) {
        return membership.jobRole() == JobRole.PPG_MEMBER ? "PPG member (patient participation group)"
                : membership.jobRole().label();
    }

    private Optional<MyLearning> myLearning() {
        if (myLearning == null) {
            boolean member = getMemberships().stream().anyMatch(Membership::isActive);
            if (!member) {
                return Optional.empty();
            }
            myLearning = learning.myLearning(currentUser.actor());
        }
        return Optional.of(myLearning);
    }

    /** The first open assignments of the signed-in person, by due day. */
    public Page<academy.learning.assignment.AssignmentView> getMyAssignments() {
        if (myAssignments == null) {
            myAssignments = currentUser.actor().personId().isPresent()
                    ? assignments.mine(currentUser.actor(), false, academy.shared.PageRequest.first(ASSIGNMENTS_SHOWN))
                    : new Page<>(List.of(), 0, ASSIGNMENTS_SHOWN, 0);
        }
        return myAssignments;
    }

    /** The modules the person's learning paths require (staff or PPG), in path order; empty without an active membership. */
    public List<ModuleStatus> getTraining() {
        return myLearning().map(MyLearning::required).orElse(List.of());
    }

    /**
     * The one module to carry on with: the first one started and not finished (required ones
     * first), else the first required one that is overdue, needs a refresh or was never started.
     */
    public Optional<ModuleStatus> getNext() {
        return myLearning().flatMap(mine -> Stream.concat(
                        mine.inProgress().stream().sorted(Comparator.comparing(s -> !s.required())),
                        mine.required().stream().filter(s -> s.status().isOverdue() || s.status() == TrainingStatus.NOT_STARTED))
                .findFirst());
    }

    /** "Continue: Video consultations (3 of 5 read)" or, for a module not begun, "Start: …". */
    public String nextLabel(ModuleStatus next) {
        if (next.status() != TrainingStatus.IN_PROGRESS) {
            return (next.status() == TrainingStatus.NOT_STARTED ? "Start: " : "Take again: ") + next.module().title();
        }
        int read = myLearning().map(m -> m.lessonsReadOf(next)).orElse(0);
        return "Continue: " + next.module().title() + " (" + Math.min(read, next.module().lessonCount()) + " of "
                + next.module().lessonCount() + " read)";
    }

    /** When a module is (or was) due, in words; empty when it never expires or was never done. */
    public String dueWords(ModuleStatus status) {
        Optional<java.time.Instant> expires = status.latest().flatMap(c -> c.expiresAt());
        if (expires.isEmpty()) {
            return "";
        }
        return (status.status() == TrainingStatus.OVERDUE ? "Was due " : "Due ")
                + AcademyCalendar.day(expires.get());
    }

    /** The person's practices: a PPG-only person reads about the PPG, staff about their practice. */
    public boolean isPpgOnly() {
        return currentUser.hasGroup("ppg") && !currentUser.hasGroup("learner");
    }

    /** The practices an assessor may not assess: their own, now or within the last twelve months. */
    public List<Conflict> getConflicts() {
        if (conflictList == null) {
            conflictList = conflicts.conflictsOf(currentUser.actor());
        }
        return conflictList;
    }

    /**
     * The membership the person asked to leave ({@code ?leave=<id>}), while the page asks them to
     * confirm; empty for anything that is not one of their current memberships.
     */
    public Optional<Membership> getLeavingMembership() {
        return Pages.wholeNumber(getLeaving()).flatMap(id -> getMemberships().stream()
                .filter(m -> m.isActive() && m.id() == id.longValue()).findFirst());
    }

    /**
     * The id of the membership asked about: {@code ?leave=} on the page's address, then the "Yes,
     * leave" form's own field. Not a view parameter: the form is called "leave" too, and a view
     * parameter would take the form's marker field ({@code leave=leave}) for the id on the postback,
     * hiding the form before its action ran. The field is read straight from the request while the
     * form is decoded, before the model is updated.
     */
    public String getLeaving() {
        if (leaving != null) {
            return leaving;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().getRequestParameterMap().get(faces.isPostback() ? "leave:membership" : "leave");
    }

    /** The person leaves the practice they confirmed leaving. */
    public void leave() {
        Optional<Membership> confirmed = getLeavingMembership();
        if (confirmed.isEmpty()) {
            Messages.error("You are not a member of that practice any more.");
            return;
        }
        Messages.attempt(() -> "You have left " + roster.leave(currentUser.actor(), confirmed.get().id()).practice().name()
                + ". Your training record stays with you.");
        leaving = null;
        memberships = null;
        myLearning = null;
        managed = null;
        conflictList = null;
    }

    public void setLeaving(String leaving) { this.leaving = leaving; }
}
