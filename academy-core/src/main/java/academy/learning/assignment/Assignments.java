package academy.learning.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.catalogue.Catalogue;
import academy.catalogue.LearningPath;
import academy.catalogue.Module;
import academy.catalogue.ModuleVersion;
import academy.practice.Membership;
import academy.practice.MembershipChanged;
import academy.practice.Practice;
import academy.practice.PracticeAccess;
import academy.practice.Practices;
import academy.shared.Actor;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.shared.time.AcademyCalendar;

/**
 * Assigning training, withdrawing and changing assignments, and what each person has been
 * assigned. Managers act on their own practice (anyone else is told it does not exist);
 * administrators also set region-wide assignments. Every change is audited. Membership changes
 * ({@link MembershipChanged}) are followed in the same transaction: a newcomer gets what fits their
 * role, due from the day they joined; a role change ends what no longer fits and adds what now
 * does; a leaver's assigned training ends.
 */
@ApplicationScoped
@Transactional
public class Assignments {

    static final AuditAction ASSIGNED = new AuditAction("assignment.created");
    static final AuditAction WITHDRAWN = new AuditAction("assignment.withdrawn");
    static final AuditAction CHANGED = new AuditAction("assignment.changed");
    static final AuditAction REFRESHER = new AuditAction("assignment.refresher");
    static final AuditAction DISMISSED = new AuditAction("assignment.dismissed");

    /** Memberships (or rows) handled per round when an assignment reaches many people. */
    static final int BATCH = 500;

    @Inject
    AssignmentRecords records;

    @Inject
    PracticeAccess access;

    @Inject
    Practices practices;

    @Inject
    Catalogue catalogue;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** An assignment on a list, with how many open rows (person and module) it has. */
    public record Summary(Assignment assignment, String title, long open) {
    }

    /**
     * Checks that the actor may assign training in the practice, before anything else is read.
     *
     * @throws NotFoundException unless the actor manages the practice (or is an administrator)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireMayAssign(Actor actor, long practiceId) {
        access.requireMayManage(actor, practiceId);
        practices.getPractice(practiceId);
    }

    /**
     * A manager assigns training in their practice.
     *
     * @throws NotFoundException unless the actor manages the practice (or is an administrator)
     * @throws InvalidRequestException for a due date in the past, an unknown module or path, or a
     *                                 person who is not a current member of the practice
     */
    public Assignment assign(Actor actor, long practiceId, AssignmentRequest request) {
        access.requireMayManage(actor, practiceId);
        Practice practice = practices.getPractice(practiceId);
        Instant now = clock.instant();
        DueRule due = request.due().requireNotPast(AcademyCalendar.dayOf(now));
        What what = what(request);
        Assignment assignment = switch (request.target()) {
            case PERSON -> {
                Membership member = practices.activeMembershipsOf(request.personId().orElseThrow()).stream()
                        .filter(m -> m.practiceId() == practiceId).findFirst()
                        .orElseThrow(() -> new InvalidRequestException("That person is not a current member of this practice."));
                yield Assignment.toPerson(practice, member.person(), what.module, what.path, due, request.mandatory(), actor, now);
            }
            case ROLE -> Assignment.toRole(Optional.of(practice), request.role().orElseThrow(), what.module, what.path, due,
                    request.mandatory(), actor, now);
            case EVERYONE -> Assignment.toEveryone(Optional.of(practice), what.module, what.path, due, request.mandatory(),
                    actor, now);
        };
        requireFor(what, request.target() == AssignmentTarget.PERSON ? assignment.targetPerson().flatMap(p ->
                practices.activeMembershipsOf(p.id()).stream().filter(m -> m.practiceId() == practiceId).findFirst())
                .map(Membership::jobRole) : request.role());
        return created(actor, assignment, what, due, now);
    }

    /**
     * Refuses a module whose audience the role (empty: all staff) is not in: a PPG module for staff,
     * a staff module for PPG members.
     */
    private static void requireFor(What what, Optional<academy.practice.JobRole> role) {
        if (what.version == null) {
            return;
        }
        academy.practice.JobRole asked = role.orElse(academy.practice.JobRole.GP);
        if (!what.version.audience().admits(asked)) {
            throw new InvalidRequestException("\"" + what.title + "\" is not for " + (role.isPresent() ? asked.label() : "staff")
                    + "; nothing was assigned.");
        }
    }

    /**
     * An administrator assigns training to a job role, or to all staff, in every practice.
     *
     * @throws academy.shared.AccessDeniedException unless the actor is an administrator
     * @throws InvalidRequestException for one person, a due date in the past, an unknown module or path
     */
    public Assignment assignRegionWide(Actor actor, AssignmentRequest request) {
        access.requireAdministrator(actor);
        if (request.target() == AssignmentTarget.PERSON) {
            throw new InvalidRequestException("A region-wide assignment is for a job role or for everyone, not one person.");
        }
        Instant now = clock.instant();
        DueRule due = request.due().requireNotPast(AcademyCalendar.dayOf(now));
        What what = what(request);
        Assignment assignment = request.target() == AssignmentTarget.ROLE
                ? Assignment.toRole(Optional.empty(), request.role().orElseThrow(), what.module, what.path, due,
                        request.mandatory(), actor, now)
                : Assignment.toEveryone(Optional.empty(), what.module, what.path, due, request.mandatory(), actor, now);
        requireFor(what, request.role());
        return created(actor, assignment, what, due, now);
    }

    private Assignment created(Actor actor, Assignment assignment, What what, DueRule due, Instant now) {
        records.add(assignment);
        long id = assignment.id();
        int reached = reachMembers(assignment, what.modules, now);
        audit.record(actor, ASSIGNED, AuditSubject.of("assignment", id), assignment.practice().map(Practice::id),
                what.title + " to " + targetText(assignment) + ", " + due.describe(AcademyCalendar::day)
                        + (assignment.isMandatory() ? ", mandatory" : "") + "; " + reached + " assigned");
        return records.find(id).orElseThrow();
    }

    /** Gives the assignment to every current member it is for, in batches; the number of rows made. */
    private int reachMembers(Assignment assignment, List<Module> modules, Instant now) {
        long id = assignment.id();
        LocalDate today = AcademyCalendar.dayOf(now);
        DueRule due = assignment.dueRule();
        int made = 0;
        long after = 0;
        List<Membership> batch;
        Assignment current = assignment;
        do {
            batch = records.membersReached(current, after, BATCH);
            for (Membership member : batch) {
                Optional<LocalDate> dueOn = due.dueFor(today, joinedDay(member));
                for (Module module : modules) {
                    if (dueOn.isPresent()) {
                        records.add(new AssignedTraining(current, member, module, today, dueOn.get(), now));
                        made++;
                    }
                }
                after = member.id();
            }
            if (batch.size() == BATCH) {
                // A region-wide assignment reaches many people: keep the persistence context small.
                records.flushAndClear();
                current = records.find(id).orElseThrow();
                modules = modules.stream().map(m -> records.find(Module.class, m.id())).toList();
            }
        } while (batch.size() == BATCH);
        return made;
    }

    /**
     * Withdraws an assignment of the practice: what it assigned ends (the rows stay, as history).
     * Region-wide assignments are withdrawn by administrators ({@link #withdrawRegionWide}).
     *
     * @throws NotFoundException unless it is an assignment of a practice the actor manages
     * @throws academy.shared.ConflictException when it was already withdrawn
     */
    public Assignment withdraw(Actor actor, long practiceId, long assignmentId) {
        Assignment assignment = ofPractice(actor, practiceId, assignmentId);
        return withdrawn(actor, assignment);
    }

    /** An administrator withdraws a region-wide assignment. */
    public Assignment withdrawRegionWide(Actor actor, long assignmentId) {
        access.requireAdministrator(actor);
        return withdrawn(actor, regionWide(assignmentId));
    }

    private Assignment withdrawn(Actor actor, Assignment assignment) {
        records.lock(assignment);
        Instant now = clock.instant();
        assignment.withdraw(actor, now);
        int ended = records.endOpenOf(assignment, EndReason.WITHDRAWN, now);
        audit.record(actor, WITHDRAWN, AuditSubject.of("assignment", assignment.id()), assignment.practice().map(Practice::id),
                ended + " ended");
        return assignment;
    }

    /**
     * Changes an assignment's due rule and whether it is mandatory; the open rows move to the new
     * due day (counted, as before, from the day each person got it).
     *
     * @throws NotFoundException unless it is an assignment of a practice the actor manages
     * @throws InvalidRequestException for a due date in the past, or when nothing would change
     */
    public Assignment change(Actor actor, long practiceId, long assignmentId, DueRule due, boolean mandatory) {
        return changed(actor, ofPractice(actor, practiceId, assignmentId), due, mandatory);
    }

    /** An administrator changes a region-wide assignment. */
    public Assignment changeRegionWide(Actor actor, long assignmentId, DueRule due, boolean mandatory) {
        access.requireAdministrator(actor);
        return changed(actor, regionWide(assignmentId), due, mandatory);
    }

    private Assignment changed(Actor actor, Assignment assignment, DueRule due, boolean mandatory) {
        records.lock(assignment);
        Instant now = clock.instant();
        due.requireNotPast(AcademyCalendar.dayOf(now));
        String before = assignment.dueRule().describe(AcademyCalendar::day) + (assignment.isMandatory() ? ", mandatory" : "");
        assignment.change(due, mandatory);
        long id = assignment.id();
        int moved = 0;
        long after = 0;
        List<AssignedTraining> batch;
        do {
            batch = records.openOf(records.find(id).orElseThrow(), after, BATCH);
            for (AssignedTraining item : batch) {
                item.reschedule(due.dueFor(item.countedFrom(), joinedDay(item.membership())).orElse(due.date().orElseThrow()),
                        mandatory);
                moved++;
                after = item.id();
            }
            if (batch.size() == BATCH) {
                records.flushAndClear();
            }
        } while (batch.size() == BATCH);
        Assignment result = records.find(id).orElseThrow();
        audit.record(actor, CHANGED, AuditSubject.of("assignment", id), result.practice().map(Practice::id),
                before + " -> " + due.describe(AcademyCalendar::day) + (mandatory ? ", mandatory" : "") + "; " + moved + " moved");
        return result;
    }

    /**
     * One page of the practice's assignments and the region's, open ones first, each with the
     * number of its rows still open in this practice.
     *
     * @throws NotFoundException unless the actor manages the practice (or is an administrator)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Summary> ofPractice(Actor actor, long practiceId, PageRequest page) {
        access.requireMayManage(actor, practiceId);
        Practice practice = practices.getPractice(practiceId);
        List<Assignment> items = records.ofPractice(practice, page.offset(), page.pageSize());
        return new Page<>(summaries(items, Optional.of(practice)), page.pageNumber(), page.pageSize(),
                records.countOfPractice(practice));
    }

    /** One page of the region-wide assignments, for administrators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Summary> regionWide(Actor actor, PageRequest page) {
        access.requireAdministrator(actor);
        return new Page<>(summaries(records.regionWide(page.offset(), page.pageSize()), Optional.empty()), page.pageNumber(),
                page.pageSize(), records.countRegionWide());
    }

    /** One assignment of the practice (its own or the region's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary summaryOf(Actor actor, long practiceId, long assignmentId) {
        access.requireMayManage(actor, practiceId);
        Practice practice = practices.getPractice(practiceId);
        Assignment assignment = records.find(assignmentId)
                .filter(a -> a.practice().map(p -> p.id() == practiceId).orElse(true))
                .orElseThrow(() -> new NotFoundException("There is no such assignment in this practice."));
        return summaries(List.of(assignment), Optional.of(practice)).get(0);
    }

    private List<Summary> summaries(List<Assignment> assignments, Optional<Practice> within) {
        Map<Long, Long> open = records.openCounts(assignments.stream().map(Assignment::id).toList(), within);
        Map<String, String> titles = titles(assignments.stream().flatMap(a -> a.module().stream()).map(Module::slug).toList());
        return assignments.stream().map(a -> new Summary(a,
                a.module().map(m -> titles.getOrDefault(m.slug(), m.slug())).orElseGet(() -> a.path().orElseThrow().title()),
                open.getOrDefault(a.id(), 0L))).toList();
    }

    /**
     * The learner dismisses training assigned to them that is not mandatory; audited.
     *
     * @throws NotFoundException unless it is the actor's own
     * @throws academy.shared.ConflictException when it is mandatory or already ended
     */
    public AssignmentView dismiss(Actor actor, long itemId) {
        long personId = actor.requirePersonId();
        AssignedTraining item = Optional.ofNullable(records.find(AssignedTraining.class, itemId))
                .filter(i -> i.person().id() == personId)
                .orElseThrow(() -> new NotFoundException("There is no such assigned training of yours."));
        item.dismiss(clock.instant());
        audit.record(actor, DISMISSED, AuditSubject.of("assigned-training", itemId), Optional.of(item.practice().id()),
                item.module().slug());
        return views(List.of(item)).get(0);
    }

    /** The actor's own assigned training: open first (by due day), then what ended; one page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AssignmentView> mine(Actor actor, boolean includeEnded, PageRequest page) {
        long personId = actor.requirePersonId();
        return new Page<>(views(records.ofPerson(personId, includeEnded, page.offset(), page.pageSize())), page.pageNumber(),
                page.pageSize(), records.countOfPerson(personId, includeEnded));
    }

    /**
     * One page of the practice's open assigned training (every person and module), by due day;
     * only the overdue ones when asked.
     *
     * @throws NotFoundException unless the actor manages the practice (or is an administrator)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AssignmentView> openInPractice(Actor actor, long practiceId, boolean overdueOnly, PageRequest page) {
        access.requireMayManage(actor, practiceId);
        Practice practice = practices.getPractice(practiceId);
        Instant now = clock.instant();
        return new Page<>(views(records.openOfPractice(practice, overdueOnly, now, page.offset(), page.pageSize())),
                page.pageNumber(), page.pageSize(), records.countOpenOfPractice(practice, overdueOnly, now));
    }

    /** How many rows (person and module) a member has assigned and open, and how many of them are overdue. */
    public record MemberCounts(long open, long overdue) {
        public static final MemberCounts NONE = new MemberCounts(0, 0);
    }

    /**
     * The assigned-training counts of a page of the practice's members (the matrix's rows): two
     * grouped queries, whatever the page size.
     *
     * @throws NotFoundException unless the actor manages the practice (or is an administrator)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, MemberCounts> countsOfMembers(Actor actor, long practiceId, List<Long> membershipIds) {
        access.requireMayManage(actor, practiceId);
        Instant now = clock.instant();
        Map<Long, Long> open = records.openCountsOfMembers(membershipIds, false, now);
        Map<Long, Long> overdue = records.openCountsOfMembers(membershipIds, true, now);
        Map<Long, MemberCounts> counts = new java.util.HashMap<>();
        open.forEach((id, n) -> counts.put(id, new MemberCounts(n, overdue.getOrDefault(id, 0L))));
        return counts;
    }

    private List<AssignmentView> views(List<AssignedTraining> items) {
        Instant now = clock.instant();
        Map<Long, AssignmentRules.Done> done = records.latestCompletions(items.stream().map(AssignedTraining::id).toList());
        Map<String, String> titles = titles(items.stream().map(i -> i.module().slug()).distinct().toList());
        List<AssignmentView> views = new ArrayList<>();
        for (AssignedTraining item : items) {
            Optional<AssignmentRules.Done> latest = Optional.ofNullable(done.get(item.id()));
            AssignmentStatus status = AssignmentRules.status(item.dueOn(), item.isEnded(), latest, now);
            Assignment assignment = item.assignment();
            views.add(new AssignmentView(item.id(), assignment.id(), item.person().id(), item.person().displayName(),
                    item.module().slug(), titles.getOrDefault(item.module().slug(), item.module().slug()), item.dueOn(),
                    item.isMandatory(), assignment.isRefresher(), assignment.isRegionWide(), assignment.assignedByName(),
                    item.startedAt(), status, status == AssignmentStatus.OVERDUE ? AssignmentRules.daysOverdue(item.dueOn(), now) : 0,
                    status.isFulfilled() ? latest.map(AssignmentRules.Done::completedAt) : Optional.empty()));
        }
        return views;
    }

    private Map<String, String> titles(List<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return catalogue.modulesBySlugs(slugs.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(ModuleVersion::slug, ModuleVersion::title, (a, b) -> a));
    }

    /** Follows the roster: newcomers get what fits, a role change swaps, a leaver's training ends. */
    void membershipChanged(@Observes MembershipChanged change) {
        Membership membership = change.membership();
        Instant now = clock.instant();
        switch (change.change()) {
            case STARTED -> giveWhatFits(membership, Set.of(), now);
            case ENDED -> records.endOpenOf(membership, EndReason.LEFT, now);
            case ROLE_CHANGED -> {
                List<AssignedTraining> open = records.openOf(membership);
                List<Long> noLongerFit = open.stream()
                        .filter(i -> !i.assignment().fits(membership.jobRole(), membership.person().id()))
                        .map(AssignedTraining::id).toList();
                records.endItems(noLongerFit, EndReason.ROLE_CHANGED, now);
                Set<Long> kept = open.stream().filter(i -> !noLongerFit.contains(i.id()))
                        .map(i -> i.assignment().id()).collect(Collectors.toSet());
                giveWhatFits(membership, kept, now);
            }
            default -> throw new IllegalStateException("unknown change " + change.change());
        }
    }

    private void giveWhatFits(Membership membership, Set<Long> alreadyHeld, Instant now) {
        LocalDate today = AcademyCalendar.dayOf(now);
        for (Assignment assignment : records.openForMembersOf(membership.practice())) {
            if (alreadyHeld.contains(assignment.id()) || !assignment.fits(membership.jobRole(), membership.person().id())) {
                continue;
            }
            // For a newcomer (or someone new to the role) the day they got it is the day they joined.
            Optional<LocalDate> dueOn = assignment.dueRule().dueFor(today, today);
            if (dueOn.isEmpty()) {
                continue;
            }
            for (Module module : modulesOf(assignment)) {
                records.add(new AssignedTraining(assignment, membership, module, today, dueOn.get(), now));
            }
        }
    }

    /**
     * Assigns the refresher for one expiring completion, unless it has one already or the person
     * is no longer on any practice's staff. The person's enrolment in the module is locked first,
     * so two instances doing this at once take turns and the second finds the refresher made.
     *
     * @return whether a refresher was assigned now
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean assignRefresher(long completionId, Instant now) {
        academy.learning.Completion completion = records.find(academy.learning.Completion.class, completionId);
        if (completion == null) {
            return false;
        }
        Optional<academy.learning.Enrolment> enrolment = learningRecords.findEnrolment(completion.person().id(), completion.module());
        if (enrolment.isEmpty()) {
            return false;
        }
        academy.learning.Enrolment locked = learningRecords.lock(enrolment.get().id());
        if (!locked.latestCompletion().map(c -> c.id().equals(completionId)).orElse(false) || records.hasRefresher(completionId)) {
            return false;
        }
        Optional<Membership> staff = practices.activeMembershipsOf(completion.person().id()).stream()
                .filter(m -> m.jobRole().isStaff()).min(java.util.Comparator.comparing(Membership::id));
        if (staff.isEmpty() || completion.expiresAt().isEmpty()) {
            return false;
        }
        LocalDate expiryDay = AcademyCalendar.dayOf(completion.expiresAt().get());
        Assignment refresher = records.add(Assignment.refresher(staff.get().practice(), completion, expiryDay, now));
        records.add(new AssignedTraining(refresher, staff.get(), completion.module(), AcademyCalendar.dayOf(now), expiryDay, now));
        audit.record(Actor.system(), REFRESHER, AuditSubject.of("assignment", refresher.id()),
                Optional.of(staff.get().practiceId()), completion.module().slug() + " for completion " + completionId
                        + ", due " + AcademyCalendar.day(expiryDay));
        return true;
    }

    @Inject
    academy.learning.LearningRecords learningRecords;

    private Assignment ofPractice(Actor actor, long practiceId, long assignmentId) {
        access.requireMayManage(actor, practiceId);
        return records.find(assignmentId).filter(a -> a.practice().map(p -> p.id() == practiceId).orElse(false))
                .orElseThrow(() -> new NotFoundException("There is no such assignment of this practice"
                        + " (region-wide assignments are changed by administrators)."));
    }

    private Assignment regionWide(long assignmentId) {
        return records.find(assignmentId).filter(Assignment::isRegionWide)
                .orElseThrow(() -> new NotFoundException("There is no such region-wide assignment."));
    }

    private List<Module> modulesOf(Assignment assignment) {
        if (assignment.module().isPresent()) {
            return List.of(assignment.module().get());
        }
        return catalogue.modulesBySlugs(assignment.path().orElseThrow().moduleSlugs()).stream()
                .map(ModuleVersion::module).toList();
    }

    private record What(Module module, LearningPath path, List<Module> modules, String title, ModuleVersion version) {
    }

    private What what(AssignmentRequest request) {
        if (request.moduleSlug().isPresent()) {
            ModuleVersion version = catalogue.findModule(request.moduleSlug().get())
                    .orElseThrow(() -> new InvalidRequestException("There is no module \"" + request.moduleSlug().get() + "\"."));
            return new What(version.module(), null, List.of(version.module()), version.title(), version);
        }
        String slug = request.pathSlug().orElseThrow();
        LearningPath path = catalogue.paths().stream().filter(p -> p.slug().equals(slug) && p.isActive()).findFirst()
                .orElseThrow(() -> new InvalidRequestException("There is no learning path \"" + slug + "\"."));
        List<Module> modules = catalogue.modulesBySlugs(path.moduleSlugs()).stream().map(ModuleVersion::module).toList();
        return new What(null, path, modules, path.title(), null);
    }

    private static String targetText(Assignment assignment) {
        String where = assignment.isRegionWide() ? " in every practice" : "";
        return switch (assignment.target()) {
            case PERSON -> "person " + assignment.targetPerson().orElseThrow().id();
            case ROLE -> assignment.targetRole().orElseThrow().label() + where;
            case EVERYONE -> "all staff" + where;
        };
    }

    private static LocalDate joinedDay(Membership membership) {
        return AcademyCalendar.dayOf(membership.startedAt().orElse(membership.createdAt()));
    }

}
