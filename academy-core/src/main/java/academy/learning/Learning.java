package academy.learning;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
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

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.account.People;
import academy.account.Person;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.catalogue.Catalogue;
import academy.catalogue.LearningPath;
import academy.catalogue.ModuleVersion;
import academy.catalogue.Question;
import academy.catalogue.QuestionOption;
import academy.practice.Practices;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * A learner's own learning: starting modules, reading lessons, quiz attempts, external
 * completions, "my learning" and the completion history. Every method acts for the signed-in
 * person in the {@link Actor}, who must hold an active membership (staff or PPG member).
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
    static final AuditAction ATTEMPT_STARTED = new AuditAction("learning.attempt-started");
    static final AuditAction ATTEMPT_SUBMITTED = new AuditAction("learning.attempt-submitted");
    static final AuditAction COMPLETED = new AuditAction("learning.completed");

    @Inject
    LearningRecords records;

    @Inject
    Catalogue catalogue;

    @Inject
    Practices practices;

    @Inject
    People people;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "academy.quiz.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "academy.quiz.cooldown-hours", defaultValue = "24")
    int cooldownHours;

    @Inject
    @ConfigProperty(name = "academy.quiz.shuffle-questions", defaultValue = "true")
    boolean shuffleQuestions;

    private final SecureRandom random = new SecureRandom();
    private AttemptAllowance allowance;

    @PostConstruct
    void readSettings() {
        allowance = new AttemptAllowance(maxAttempts, Duration.ofHours(cooldownHours));
    }

    /** Starts (or resumes) a module; returns the enrolment. Two first requests at once make one enrolment. */
    public Enrolment start(Actor actor, String moduleSlug) {
        Learner learner = learner(actor);
        ModuleVersion version = currentVersion(moduleSlug);
        LearningRecords.LockedEnrolment enrolled = records.enrol(learner.personId(), version.module(), clock.instant());
        if (enrolled.created()) {
            audit.record(actor, STARTED, new AuditSubject("module", version.slug()), "version " + version.versionNumber());
        }
        return enrolled.enrolment();
    }

    /**
     * Where the signed-in learner stands in the module's current version; empty for visitors and
     * for people without an active membership (they may read, but not take, modules).
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
        return Optional.of(progressOf(learner.personId(), currentVersion(moduleSlug)));
    }

    /**
     * Where the learner stands in the module.
     *
     * @throws academy.shared.AccessDeniedException when the person has no active membership
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ModuleProgress progress(Actor actor, String moduleSlug) {
        Learner learner = learner(actor);
        return progressOf(learner.personId(), currentVersion(moduleSlug));
    }

    private ModuleProgress progressOf(long personId, ModuleVersion version) {
        Instant now = clock.instant();
        Optional<Enrolment> enrolment = records.findEnrolmentWithReading(personId, version.module());
        TrainingStatus status = new StatusSheet(new TrainingStatusRules(clock),
                records.latestSignificantVersions(Set.of(version.slug())))
                .statusOf(version, enrolment.stream().toList(), false).status();
        if (enrolment.isEmpty()) {
            return new ModuleProgress(version, false, new TreeSet<>(), status, Optional.empty(), Optional.empty(),
                    false, allowance.maxAttempts(), Optional.empty());
        }
        Enrolment e = enrolment.get();
        List<Instant> recent = records.attemptStartsSince(e, allowance.windowStart(now));
        boolean passedNotComplete = records.passedAttempts(e, version).stream()
                .anyMatch(a -> records.completionOfAttempt(a.id()).isEmpty());
        return new ModuleProgress(version, true, ModuleProgress.numbersRead(e, version.versionNumber()), status,
                e.latestCompletion(), records.openAttempt(e, version).map(QuizAttempt::id), passedNotComplete,
                allowance.remaining(recent, now), allowance.nextAttemptAt(recent, now));
    }

    /**
     * An open attempt of the learner's as they answer it: the stored question and option order.
     *
     * @throws NotFoundException when there is no such attempt or it is someone else's
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuizSheet quizSheet(Actor actor, long attemptId) {
        QuizAttempt attempt = ownAttempt(actor, attemptId);
        List<Question> questions = records.questionsOf(attempt.moduleVersion());
        List<QuizSheet.ShownQuestion> shown = new ArrayList<>();
        for (AttemptItem item : attempt.items()) {
            Question question = questions.stream().filter(q -> q.number() == item.questionNumber()).findFirst().orElseThrow();
            long right = question.options().stream().filter(QuestionOption::isCorrect).count();
            shown.add(new QuizSheet.ShownQuestion(question.number(), question.text(),
                    item.optionOrder().stream().map(i -> question.options().get(i).text()).toList(), right > 1));
        }
        return new QuizSheet(attempt.id(), attempt.moduleVersion(), attempt.isSubmitted(), shown);
    }

    /**
     * Remembers that the learner read a lesson of the module's current version; completes the
     * module when this was the last unread lesson and the quiz was already passed.
     */
    public Enrolment readLesson(Actor actor, String moduleSlug, int lessonNumber) {
        Learner learner = learner(actor);
        ModuleVersion version = currentVersion(moduleSlug);
        Instant now = clock.instant();
        LearningRecords.LockedEnrolment enrolled = records.enrol(learner.personId(), version.module(), now);
        if (enrolled.created()) {
            audit.record(actor, STARTED, new AuditSubject("module", version.slug()), "version " + version.versionNumber());
        }
        Enrolment enrolment = enrolled.enrolment();
        if (enrolment.read(version, lessonNumber, now)) {
            audit.record(actor, LESSON_READ, new AuditSubject("module", moduleSlug),
                    "version " + version.versionNumber() + ", lesson " + lessonNumber);
            if (enrolment.hasReadAll(version)) {
                for (QuizAttempt passed : records.passedAttempts(enrolment, version)) {
                    if (records.completionOfAttempt(passed.id()).isEmpty()) {
                        complete(actor, learner, enrolment, version, passed, now);
                        break;
                    }
                }
            }
        }
        return enrolment;
    }

    /**
     * Starts an attempt at the current version's quiz, or returns the learner's unsubmitted one
     * (a second tab shows the same attempt).
     *
     * @throws AttemptLimitReachedException when the attempts of the cool-down window are used up; says when to come back
     */
    public QuizAttempt startAttempt(Actor actor, String moduleSlug) {
        Learner learner = learner(actor);
        ModuleVersion version = currentVersion(moduleSlug);
        Instant now = clock.instant();
        Enrolment enrolment = records.lockedEnrolment(person(learner), version.module(), now);
        Optional<QuizAttempt> open = records.openAttempt(enrolment, version);
        if (open.isPresent()) {
            return open.get();
        }
        List<Instant> recent = records.attemptStartsSince(enrolment, allowance.windowStart(now));
        Optional<Instant> retryAt = allowance.nextAttemptAt(recent, now);
        if (retryAt.isPresent()) {
            throw new AttemptLimitReachedException(allowance.maxAttempts(), retryAt.get());
        }
        List<Integer> optionCounts = records.questionsOf(version).stream().map(q -> q.options().size()).toList();
        QuizAttempt attempt = records.add(new QuizAttempt(enrolment, version, optionCounts, random.nextLong(),
                shuffleQuestions, now));
        enrolment.touch(now);
        audit.record(actor, ATTEMPT_STARTED, AuditSubject.of("attempt", attempt.id()),
                moduleSlug + " version " + version.versionNumber());
        return attempt;
    }

    /**
     * Submits an attempt, once. A repeat (double click, second tab, retried request) changes
     * nothing and returns the first result. A pass completes the module when every lesson was read.
     *
     * @param answers per authored question number, the positions chosen (0-based, in the order shown)
     */
    public AttemptResult submit(Actor actor, long attemptId, Map<Integer, Set<Integer>> answers) {
        Learner learner = learner(actor);
        long enrolmentId = records.enrolmentIdOfAttempt(attemptId).orElseThrow(Learning::noSuchAttempt);
        // Lock first, read after: the attempt below is read inside the lock, never from before it.
        Enrolment enrolment = records.lock(enrolmentId);
        if (!enrolment.person().id().equals(learner.personId())) {
            throw noSuchAttempt();
        }
        QuizAttempt attempt = records.findAttempt(attemptId).orElseThrow(Learning::noSuchAttempt);
        ModuleVersion version = attempt.moduleVersion();
        List<Question> questions = records.questionsOf(version);
        Instant now = clock.instant();
        boolean first = attempt.submit(questions, answers, now);
        boolean completed = records.completionOfAttempt(attemptId).isPresent();
        if (first) {
            enrolment.touch(now);
            audit.record(actor, ATTEMPT_SUBMITTED, AuditSubject.of("attempt", attemptId),
                    version.slug() + " version " + version.versionNumber() + ": " + attempt.score().orElseThrow() + "%"
                            + (attempt.isPassed() ? " (pass)" : ""));
            if (attempt.isPassed() && enrolment.hasReadAll(version)) {
                complete(actor, learner, enrolment, version, attempt, now);
                completed = true;
            }
        }
        return result(attempt, questions, first, completed);
    }

    /** The result and feedback of a submitted attempt of the learner's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttemptResult feedback(Actor actor, long attemptId) {
        QuizAttempt attempt = ownAttempt(actor, attemptId);
        if (!attempt.isSubmitted()) {
            throw new ConflictException("This attempt has not been submitted yet.");
        }
        return result(attempt, records.questionsOf(attempt.moduleVersion()), false,
                records.completionOfAttempt(attemptId).isPresent());
    }

    /**
     * Records a completion reported by an external content player. A retried request with the same
     * key returns the first completion and creates nothing, however many arrive at once.
     *
     * @throws InvalidRequestException for an unknown module or version, a score outside 0..100, a
     *     date in the future, or a bad key
     * @throws ConflictException when the key was already used for a different report
     */
    public Completion recordExternalCompletion(Actor actor, String moduleSlug, int versionNumber, int score,
                                               Instant completedAt, String idempotencyKey) {
        Learner learner = learner(actor);
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
        Optional<Completion> earlier = records.completionByKey(learner.personId(), key);
        if (earlier.isPresent()) {
            earlier.get().requireSameReport(slug, versionNumber, score, completedAt);
            return earlier.get();
        }
        Instant now = clock.instant();
        // Reports of one person take turns, so two reports with one key can never both be new,
        // even for different modules (whose enrolment locks would not meet).
        records.lockPerson(learner.personId());
        Enrolment enrolment = records.lockedEnrolment(person(learner), version.module(), now);
        // A retry may have got in while this request waited for the lock.
        earlier = records.completionByKey(learner.personId(), key);
        if (earlier.isPresent()) {
            earlier.get().requireSameReport(slug, versionNumber, score, completedAt);
            return earlier.get();
        }
        Completion completion = records.add(enrolment, Completion.ofExternal(person(learner), version,
                learner.practiceFor(version.audience()), score, completedAt, key, now));
        audit.record(actor, COMPLETED, AuditSubject.of("completion", completion.id()),
                Optional.of(completion.practice().id()), slug + " version " + versionNumber + " (external, key " + key.value() + ")");
        return completion;
    }

    /** My learning paths and required modules with their status and progress, modules in progress, what is due and overdue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MyLearning myLearning(Actor actor) {
        Learner learner = learner(actor);
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

    private void complete(Actor actor, Learner learner, Enrolment enrolment, ModuleVersion version, QuizAttempt attempt,
                          Instant now) {
        Completion completion = records.add(enrolment, Completion.ofQuiz(enrolment.person(), version, attempt,
                learner.practiceFor(version.audience()), now));
        audit.record(actor, COMPLETED, AuditSubject.of("completion", completion.id()), Optional.of(completion.practice().id()),
                version.slug() + " version " + version.versionNumber() + " (quiz, " + attempt.score().orElseThrow() + "%)");
    }

    private static AttemptResult result(QuizAttempt attempt, List<Question> questions, boolean first, boolean completed) {
        List<AttemptResult.QuestionFeedback> feedback = new ArrayList<>();
        for (AttemptItem item : attempt.items()) {
            Question question = questions.stream().filter(q -> q.number() == item.questionNumber()).findFirst().orElseThrow();
            List<Integer> order = item.optionOrder();
            List<String> shown = order.stream().map(i -> question.options().get(i).text()).toList();
            Set<Integer> chosen = new HashSet<>();
            Set<Integer> correct = new HashSet<>();
            for (int position = 0; position < order.size(); position++) {
                if (item.chosen().contains(order.get(position))) {
                    chosen.add(position);
                }
                if (question.options().get(order.get(position)).isCorrect()) {
                    correct.add(position);
                }
            }
            feedback.add(new AttemptResult.QuestionFeedback(question.number(), question.text(), shown, chosen, correct,
                    item.correct().orElse(false), question.explanation()));
        }
        return new AttemptResult(attempt.id(), attempt.moduleVersion(), attempt.score().orElseThrow(), attempt.moduleVersion().passMark(),
                attempt.isPassed(), first, completed, feedback);
    }

    private Learner learner(Actor actor) {
        long personId = actor.requirePersonId();
        return new Learner(personId, practices.activeMembershipsOf(personId)).requireMember();
    }

    private Person person(Learner learner) {
        return people.getPerson(learner.personId());
    }

    private ModuleVersion currentVersion(String slug) {
        return catalogue.findModule(slug == null ? "" : slug.strip())
                .orElseThrow(() -> new InvalidRequestException("There is no module called \"" + slug + "\"."));
    }

    private QuizAttempt ownAttempt(Actor actor, long attemptId) {
        long personId = actor.requirePersonId();
        return records.findAttempt(attemptId)
                .filter(a -> a.enrolment().person().id().equals(personId))
                .orElseThrow(Learning::noSuchAttempt);
    }

    private static NotFoundException noSuchAttempt() {
        return new NotFoundException("There is no such quiz attempt, or it is not yours.");
    }
}
