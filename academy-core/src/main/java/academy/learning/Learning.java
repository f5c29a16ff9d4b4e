package academy.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.catalogue.Catalogue;
import academy.catalogue.LearningPath;
import academy.catalogue.ModuleVersion;
import academy.practice.Practices;
import academy.shared.Actor;
import academy.shared.InvalidRequestException;
import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * A learner's own learning: starting modules, reading lessons, external completions, "my
 * learning" and the completion history (quiz attempts are {@link QuizAttempts}). Every method
 * acts for the signed-in person in the {@link Actor}, who must hold an active membership (staff
 * or PPG member) and, to take a module, be someone it is written for ({@link Learners#mayTake}).
 *
 * <p>Exactly one completion per success, however often a request is repeated: every change for
 * a (person, module) first locks their {@link Enrolment} row; an attempt is submitted once (a
 * repeat returns the first result); the schema makes a second completion for an attempt or an
 * external key impossible.
 */
@ApplicationScoped
@Transactional
public class Learning {

    static final AuditAction STARTED = new AuditAction("learning.started");
    static final AuditAction LESSON_READ = new AuditAction("learning.lesson-read");
    static final AuditAction COMPLETED = new AuditAction("learning.completed");

    @Inject
    LearningRecords records;

    @Inject
    Learners learners;

    @Inject
    QuizAttempts attempts;

    @Inject
    Catalogue catalogue;

    @Inject
    Practices practices;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Starts (or resumes) a module; returns the enrolment. Two first requests at once make one enrolment. */
    public Enrolment start(Actor actor, String moduleSlug) {
        ModuleVersion version = learners.currentVersion(moduleSlug);
        return enrol(actor, learners.mayTake(actor, version), version, clock.instant()).enrolment();
    }

    private LearningRecords.LockedEnrolment enrol(Actor actor, Learner learner, ModuleVersion version, Instant now) {
        LearningRecords.LockedEnrolment enrolled = records.enrol(learner.personId(), version.module(), now);
        if (enrolled.created()) {
            audit.record(actor, STARTED, new AuditSubject("module", version.slug()), "version " + version.versionNumber());
        }
        return enrolled;
    }

    /**
     * Remembers that the learner read a lesson of the module's current version; completes the
     * module when this was the last unread lesson and the quiz was already passed.
     */
    public Enrolment readLesson(Actor actor, String moduleSlug, int lessonNumber) {
        ModuleVersion version = learners.currentVersion(moduleSlug);
        Learner learner = learners.mayTake(actor, version);
        Instant now = clock.instant();
        Enrolment enrolment = enrol(actor, learner, version, now).enrolment();
        if (enrolment.read(version, lessonNumber, now)) {
            audit.record(actor, LESSON_READ, new AuditSubject("module", moduleSlug),
                    "version " + version.versionNumber() + ", lesson " + lessonNumber);
            if (enrolment.hasReadAll(version)) {
                records.passedAttempts(enrolment, version).stream()
                        .filter(passed -> records.completionOfAttempt(passed.id()).isEmpty()).findFirst()
                        .ifPresent(passed -> attempts.complete(actor, learner, enrolment, version, passed, now));
            }
        }
        return enrolment;
    }

    /**
     * Where the signed-in learner stands in the module's current version; empty for visitors, for
     * people without an active membership and for modules not written for them (they may read,
     * but not take, such modules).
     *
     * @throws InvalidRequestException for an unknown module
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ModuleProgress> findProgress(Actor actor, String moduleSlug) {
        if (!actor.isSignedIn()) {
            return Optional.empty();
        }
        Learner learner = new Learner(actor.requirePersonId(), practices.activeMembershipsOf(actor.requirePersonId()));
        if (learner.activeMemberships().isEmpty()) {
            return Optional.empty();
        }
        ModuleVersion version = learners.currentVersion(moduleSlug);
        // Nothing to take for someone the module is not written for (a staff-only module for a PPG member).
        if (!learner.mayTake(version)) {
            return Optional.empty();
        }
        return Optional.of(progressOf(learner.personId(), version));
    }

    /**
     * Where the learner stands in the module.
     *
     * @throws academy.shared.AccessDeniedException when the person has no active membership
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ModuleProgress progress(Actor actor, String moduleSlug) {
        ModuleVersion version = learners.currentVersion(moduleSlug);
        return progressOf(learners.mayTake(actor, version).personId(), version);
    }

    private ModuleProgress progressOf(long personId, ModuleVersion version) {
        Instant now = clock.instant();
        Optional<Enrolment> enrolment = records.findEnrolmentWithReading(personId, version.module());
        TrainingStatus status = new StatusSheet(new TrainingStatusRules(clock),
                records.latestSignificantVersions(Set.of(version.slug())))
                .statusOf(version, enrolment.stream().toList(), false).status();
        if (enrolment.isEmpty()) {
            return new ModuleProgress(version, false, new TreeSet<>(), status, Optional.empty(), Optional.empty(),
                    false, attempts.allowance().maxAttempts(), Optional.empty());
        }
        Enrolment e = enrolment.get();
        AttemptAllowance allowance = attempts.allowance();
        List<Instant> recent = records.attemptStartsSince(e, allowance.windowStart(now));
        boolean passedNotComplete = records.passedAttempts(e, version).stream()
                .anyMatch(a -> records.completionOfAttempt(a.id()).isEmpty());
        return new ModuleProgress(version, true, ModuleProgress.numbersRead(e, version.versionNumber()), status,
                e.latestCompletion(), records.openAttempt(e, version).map(QuizAttempt::id), passedNotComplete,
                allowance.remaining(recent, now), allowance.nextAttemptAt(recent, now));
    }

    /**
     * Records a completion reported by an external content player. A retried request with the same
     * key returns the first completion and creates nothing, however many arrive at once.
     *
     * @throws InvalidRequestException for an unknown module or version, a score outside 0..100, a
     *     date in the future, or a bad key
     * @throws NotACompletionException for a score below the pass mark or a date before the version existed
     * @throws academy.shared.AccessDeniedException when the module is not written for the learner (staff-only for a PPG member)
     * @throws ConflictException when the key was already used for a different report
     */
    public Completion recordExternalCompletion(Actor actor, String moduleSlug, int versionNumber, int score,
                                               Instant completedAt, String idempotencyKey) {
        Learner learner = learners.member(actor);
        IdempotencyKey key = IdempotencyKey.of(idempotencyKey);
        if (score < 0 || score > 100) {
            throw new InvalidRequestException("A score is a percentage from 0 to 100; " + score + " is not.");
        }
        if (completedAt == null) {
            throw new InvalidRequestException("Please say when the module was completed (completedAt).");
        }
        String slug = moduleSlug == null ? "" : moduleSlug.strip();
        catalogue.findModule(slug).orElseThrow(() -> new InvalidRequestException("There is no module called \"" + slug + "\"."));
        ModuleVersion version = records.findVersion(slug, versionNumber).orElseThrow(() ->
                new InvalidRequestException("\"" + slug + "\" has no version " + versionNumber + "."));
        learner.requireMayTake(version);
        Optional<Completion> earlier = records.completionByKey(learner.personId(), key);
        if (earlier.isPresent()) {
            earlier.get().requireSameReport(slug, versionNumber, score, completedAt);
            return earlier.get();
        }
        Instant now = clock.instant();
        // Reports of one person take turns, so two reports with one key can never both be new,
        // even for different modules (whose enrolment locks would not meet).
        records.lockPerson(learner.personId());
        Enrolment enrolment = records.lockedEnrolment(learners.person(learner), version.module(), now);
        // A retry may have got in while this request waited for the lock.
        earlier = records.completionByKey(learner.personId(), key);
        if (earlier.isPresent()) {
            earlier.get().requireSameReport(slug, versionNumber, score, completedAt);
            return earlier.get();
        }
        Completion completion = records.add(enrolment, Completion.ofExternal(learners.person(learner), version,
                learner.practiceFor(version.audience()), score, completedAt, key, now));
        audit.record(actor, COMPLETED, AuditSubject.of("completion", completion.id()),
                Optional.of(completion.practice().id()), slug + " version " + versionNumber + " (external, key " + key.value() + ")");
        return completion;
    }

    /** My learning paths and required modules with their status and progress, modules in progress, what is due and overdue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MyLearning myLearning(Actor actor) {
        Learner learner = learners.member(actor);
        List<LearningPath> paths = catalogue.paths().stream()
                .filter(path -> learner.roles().stream().anyMatch(path::appliesTo))
                .sorted(Comparator.comparing(LearningPath::slug)).toList();
        List<String> requiredSlugs = RequiredModules.of(paths, learner.roles());
        List<Enrolment> enrolments = records.enrolmentsWithReadingOf(learner.personId());
        Set<String> slugs = new HashSet<>(requiredSlugs);
        enrolments.forEach(e -> slugs.add(e.module().slug()));
        List<String> ordered = new ArrayList<>(requiredSlugs);
        slugs.stream().filter(s -> !requiredSlugs.contains(s)).sorted().forEach(ordered::add);
        List<ModuleVersion> modules = catalogue.modulesBySlugs(ordered);
        StatusSheet sheet = new StatusSheet(new TrainingStatusRules(clock), records.latestSignificantVersions(slugs));
        List<ModuleStatus> all = modules.stream()
                .map(m -> sheet.statusOf(m, enrolments, requiredSlugs.contains(m.slug()))).toList();
        Map<String, ModuleStatus> bySlug = new HashMap<>();
        all.forEach(status -> bySlug.put(status.module().slug(), status));
        List<MyLearning.PathStatus> pathStatuses = paths.stream().map(path -> new MyLearning.PathStatus(path.slug(), path.title(),
                path.moduleSlugs().stream().filter(bySlug::containsKey).map(bySlug::get).toList())).toList();
        Map<String, Integer> lessonsRead = new HashMap<>();
        for (ModuleVersion module : modules) {
            enrolments.stream().filter(e -> e.module().slug().equals(module.slug())).findFirst().ifPresent(e ->
                    lessonsRead.put(module.slug(), ModuleProgress.numbersRead(e, module.versionNumber()).size()));
        }
        List<ModuleStatus> required = all.stream().filter(ModuleStatus::required).toList();
        return new MyLearning(pathStatuses, required,
                all.stream().filter(s -> s.status() == TrainingStatus.IN_PROGRESS).toList(),
                required.stream().filter(s -> s.status().isDue()).toList(),
                required.stream().filter(s -> s.status().isOverdue()).toList(), lessonsRead);
    }

    /** The learner's completions, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Completion> completionHistory(Actor actor, PageRequest page) {
        return records.history(actor.requirePersonId(), page);
    }
}
