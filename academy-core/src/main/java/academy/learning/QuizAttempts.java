package academy.learning;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.catalogue.ModuleVersion;
import academy.catalogue.Question;
import academy.catalogue.QuestionOption;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.NotFoundException;

/**
 * A learner's quiz attempts: starting one within the allowance of the cool-down window, the
 * sheet as it is answered, submitting it once, and its feedback. A pass completes the module when
 * every lesson was read (else reading the last lesson does, see {@link Learning#readLesson}).
 * Every method acts for the signed-in learner in the {@link Actor}.
 */
@ApplicationScoped
@Transactional
public class QuizAttempts {

    static final AuditAction ATTEMPT_STARTED = new AuditAction("learning.attempt-started");
    static final AuditAction ATTEMPT_SUBMITTED = new AuditAction("learning.attempt-submitted");

    @Inject
    LearningRecords records;

    @Inject
    Learners learners;

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

    /** How many attempts a cool-down window allows, and when the next may start. */
    AttemptAllowance allowance() {
        return allowance;
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
            Question question = questionOf(questions, item);
            long right = question.options().stream().filter(QuestionOption::isCorrect).count();
            shown.add(new QuizSheet.ShownQuestion(question.number(), question.text(),
                    item.optionOrder().stream().map(i -> question.options().get(i).text()).toList(), right > 1));
        }
        return new QuizSheet(attempt.id(), attempt.moduleVersion(), attempt.isSubmitted(), shown);
    }

    /**
     * Starts an attempt at the current version's quiz, or returns the learner's unsubmitted one
     * (a second tab shows the same attempt).
     *
     * @throws AttemptLimitReachedException when the attempts of the cool-down window are used up; says when to come back
     * @throws academy.shared.AccessDeniedException when the module is not for the learner's audience
     */
    public QuizAttempt startAttempt(Actor actor, String moduleSlug) {
        ModuleVersion version = learners.currentVersion(moduleSlug);
        Learner learner = learners.mayTake(actor, version);
        Instant now = clock.instant();
        Enrolment enrolment = records.lockedEnrolment(learners.person(learner), version.module(), now);
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
        Learner learner = learners.member(actor);
        long enrolmentId = records.enrolmentIdOfAttempt(attemptId).orElseThrow(QuizAttempts::noSuchAttempt);
        // Lock first, read after: the attempt below is read inside the lock, never from before it.
        Enrolment enrolment = records.lock(enrolmentId);
        if (!enrolment.person().id().equals(learner.personId())) {
            throw noSuchAttempt();
        }
        QuizAttempt attempt = records.findAttempt(attemptId).orElseThrow(QuizAttempts::noSuchAttempt);
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

    /** Records the completion that a passed attempt earns, once every lesson is read; in the caller's transaction. */
    void complete(Actor actor, Learner learner, Enrolment enrolment, ModuleVersion version, QuizAttempt attempt, Instant now) {
        learner.requireMayTake(version);
        Completion completion = records.add(enrolment, Completion.ofQuiz(enrolment.person(), version, attempt,
                learner.practiceFor(version.audience()), now));
        audit.record(actor, Learning.COMPLETED, AuditSubject.of("completion", completion.id()), Optional.of(completion.practice().id()),
                version.slug() + " version " + version.versionNumber() + " (quiz, " + attempt.score().orElseThrow() + "%)");
    }

    private static AttemptResult result(QuizAttempt attempt, List<Question> questions, boolean first, boolean completed) {
        List<AttemptResult.QuestionFeedback> feedback = new ArrayList<>();
        for (AttemptItem item : attempt.items()) {
            Question question = questionOf(questions, item);
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
        return new AttemptResult(attempt.id(), attempt.moduleVersion(), attempt.score().orElseThrow(),
                attempt.moduleVersion().passMark(), attempt.isPassed(), first, completed, feedback);
    }

    private static Question questionOf(List<Question> questions, AttemptItem item) {
        return questions.stream().filter(q -> q.number() == item.questionNumber()).findFirst().orElseThrow();
    }

    private QuizAttempt ownAttempt(Actor actor, long attemptId) {
        long personId = actor.requirePersonId();
        return records.findAttempt(attemptId)
                .filter(a -> a.enrolment().person().id().equals(personId))
                .orElseThrow(QuizAttempts::noSuchAttempt);
    }

    private static NotFoundException noSuchAttempt() {
        return new NotFoundException("There is no such quiz attempt, or it is not yours.");
    }
}
