package academy.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import academy.catalogue.ModuleVersion;
import academy.catalogue.Question;
import academy.shared.InvalidRequestException;

/**
 * One go at a module version's quiz. Its layout (question order and each question's option order)
 * is drawn from its seed when it starts and stored, so it reads the same everywhere. It is
 * submitted once: a second submission changes nothing and gets the first result back.
 */
@Entity
@Table(name = "learning_attempt")
@NamedQuery(name = "QuizAttempt.startsSince",
        query = "SELECT a.startedAt FROM QuizAttempt a WHERE a.enrolment = :enrolment AND a.startedAt > :since")
@NamedQuery(name = "QuizAttempt.openOf",
        query = "SELECT a FROM QuizAttempt a WHERE a.enrolment = :enrolment AND a.moduleVersion = :version"
                + " AND a.submittedAt IS NULL ORDER BY a.startedAt DESC")
@NamedQuery(name = "QuizAttempt.passedOf",
        query = "SELECT a FROM QuizAttempt a WHERE a.enrolment = :enrolment AND a.moduleVersion = :version"
                + " AND a.passed = true ORDER BY a.submittedAt")
@NamedQuery(name = "QuizAttempt.enrolmentIdOf", query = "SELECT a.enrolment.id FROM QuizAttempt a WHERE a.id = :id")
public class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", updatable = false)
    private Enrolment enrolment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_version_id", updatable = false)
    private ModuleVersion moduleVersion;

    @Column(nullable = false, updatable = false)
    private long seed;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column
    private Integer score;

    @Column(nullable = false)
    private boolean passed;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "learning_attempt_item", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "position")
    private List<AttemptItem> items = new ArrayList<>();

    protected QuizAttempt() {
        // for JPA
    }

    /**
     * @param optionCounts     the version's questions' option counts, in authored order
     * @param shuffleQuestions whether the questions are shown shuffled (otherwise in authored order)
     */
    public QuizAttempt(Enrolment enrolment, ModuleVersion version, List<Integer> optionCounts, long seed,
                       boolean shuffleQuestions, Instant now) {
        this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
        this.moduleVersion = Objects.requireNonNull(version, "version");
        if (optionCounts.isEmpty()) {
            throw new InvalidRequestException("\"" + version.title() + "\" has no quiz.");
        }
        this.seed = seed;
        this.startedAt = Objects.requireNonNull(now, "now");
        QuizLayout layout = QuizLayout.draw(optionCounts, seed, shuffleQuestions);
        for (int i = 0; i < layout.questionNumbers().size(); i++) {
            items.add(new AttemptItem(layout.questionNumbers().get(i), layout.optionOrders().get(i)));
        }
    }

    /**
     * Marks the attempt, once. Answers are given as the positions the learner clicked (0-based, in
     * the order the attempt showed the options), per authored question number.
     *
     * @param questions the version's questions with their options
     * @return true when this call submitted it; false when it had been submitted before (nothing changed)
     * @throws InvalidRequestException when an answer names a question or option the attempt did not show
     */
    public boolean submit(List<Question> questions, Map<Integer, Set<Integer>> shownPositions, Instant now) {
        if (isSubmitted()) {
            return false;
        }
        if (shownPositions == null || shownPositions.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidRequestException("Please send an answer (possibly empty) for each question you answered.");
        }
        Map<Integer, Question> byNumber = new HashMap<>();
        questions.forEach(q -> byNumber.put(q.number(), q));
        Map<Integer, Set<Integer>> authored = new HashMap<>();
        for (Map.Entry<Integer, Set<Integer>> answer : shownPositions.entrySet()) {
            AttemptItem item = item(answer.getKey()).orElseThrow(() ->
                    new InvalidRequestException("This quiz has no question " + answer.getKey() + "."));
            List<Integer> order = item.optionOrder();
            Set<Integer> chosen = new HashSet<>();
            for (int position : answer.getValue()) {
                if (position < 0 || position >= order.size()) {
                    throw new InvalidRequestException("Question " + answer.getKey() + " has no option " + (position + 1) + ".");
                }
                chosen.add(order.get(position));
            }
            authored.put(answer.getKey(), chosen);
        }
        List<QuizScoring.AnswerKey> keys = new ArrayList<>();
        for (AttemptItem item : items) {
            Question question = Objects.requireNonNull(byNumber.get(item.questionNumber()), "question " + item.questionNumber());
            Set<Integer> correct = new HashSet<>();
            for (int i = 0; i < question.options().size(); i++) {
                if (question.options().get(i).isCorrect()) {
                    correct.add(i);
                }
            }
            keys.add(new QuizScoring.AnswerKey(item.questionNumber(), correct));
        }
        QuizScoring.Score result = QuizScoring.score(keys, authored, moduleVersion.passMark());
        for (int i = 0; i < items.size(); i++) {
            QuizScoring.Outcome outcome = result.outcomes().get(i);
            items.get(i).answer(outcome.chosen(), outcome.correct());
        }
        score = result.percent();
        passed = result.passed();
        submittedAt = Objects.requireNonNull(now, "now");
        return true;
    }

    private Optional<AttemptItem> item(int questionNumber) {
        return items.stream().filter(i -> i.questionNumber() == questionNumber).findFirst();
    }

    public Long id() { return id; }
    public Enrolment enrolment() { return enrolment; }
    public ModuleVersion moduleVersion() { return moduleVersion; }
    public long seed() { return seed; }
    public Instant startedAt() { return startedAt; }
    public Optional<Instant> submittedAt() { return Optional.ofNullable(submittedAt); }
    public boolean isSubmitted() { return submittedAt != null; }
    public Optional<Integer> score() { return Optional.ofNullable(score); }
    public boolean isPassed() { return passed; }
    public List<AttemptItem> items() { return Collections.unmodifiableList(items); }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof QuizAttempt attempt && id != null && id.equals(attempt.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seed, startedAt);
    }

    @Override
    public String toString() {
        return "QuizAttempt[" + id + "]";
    }
}
