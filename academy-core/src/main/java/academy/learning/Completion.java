package academy.learning;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import academy.account.Person;
import academy.catalogue.Module;
import academy.catalogue.ModuleVersion;
import academy.practice.Practice;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;

/**
 * That a person completed a version of a module: when, with what score, how, and at which practice
 * they were then. Append-only: every column is insert-only, there is no method that changes one,
 * and nothing deletes completions (the database has no cascade either). Its expiry is fixed when
 * it is made, from the version's refresh period.
 *
 * <p>Duplicates are impossible by construction of the schema: a quiz attempt yields at most one
 * completion ({@code attempt_id} unique), an external report at most one per person and key
 * ({@code (person_id, idempotency_key)} unique).
 */
@Entity
@Table(name = "learning_completion")
@NamedQuery(name = "Completion.ofAttempt", query = "SELECT c FROM Completion c WHERE c.attemptId = :attemptId")
@NamedQuery(name = "Completion.byKey",
        query = "SELECT c FROM Completion c JOIN FETCH c.module JOIN FETCH c.moduleVersion JOIN FETCH c.practice"
                + " WHERE c.person.id = :personId AND c.idempotencyKey = :key")
@NamedQuery(name = "Completion.historyOf",
        query = "SELECT c FROM Completion c JOIN FETCH c.module JOIN FETCH c.moduleVersion JOIN FETCH c.practice"
                + " WHERE c.person.id = :personId ORDER BY c.completedAt DESC, c.id DESC")
@NamedQuery(name = "Completion.countOf", query = "SELECT COUNT(c) FROM Completion c WHERE c.person.id = :personId")
public class Completion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", updatable = false)
    private Module module;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_version_id", updatable = false)
    private ModuleVersion moduleVersion;

    // A copy of the version's number, so the status rules need no join.
    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    /** Percentage 0..100; empty for face-to-face attendance and training done elsewhere. */
    @Column(updatable = false)
    private Integer score;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private Instant completedAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CompletionSource source;

    @Column(name = "attempt_id", updatable = false)
    private Long attemptId;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    /** Who recorded it, for face-to-face attendance and training done elsewhere: the manager's person id. */
    @Column(name = "recorded_by", updatable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Completion() {
        // for JPA
    }

    private Completion(Person person, ModuleVersion version, Integer score, Instant completedAt, Practice practice,
                       CompletionSource source, Instant recordedAt) {
        this.person = Objects.requireNonNull(person, "person");
        this.moduleVersion = Objects.requireNonNull(version, "version");
        this.module = version.module();
        this.versionNumber = version.versionNumber();
        if (score != null && (score < 0 || score > 100)) {
            throw new InvalidRequestException("A score is a percentage from 0 to 100; " + score + " is not.");
        }
        this.score = score;
        this.completedAt = Objects.requireNonNull(completedAt, "completedAt");
        this.expiresAt = TrainingStatusRules.expiryOf(completedAt, version.refreshMonths()).orElse(null);
        this.practice = Objects.requireNonNull(practice, "practice");
        this.source = source;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** The learner read every lesson and passed the attempt. */
    public static Completion ofQuiz(Person person, ModuleVersion version, QuizAttempt attempt, Practice practice, Instant now) {
        if (!attempt.isPassed()) {
            throw new IllegalStateException(attempt + " did not pass");
        }
        Completion completion = new Completion(person, version, attempt.score().orElseThrow(), now, practice,
                CompletionSource.QUIZ, now);
        completion.attemptId = Objects.requireNonNull(attempt.id(), "attempt id");
        return completion;
    }

    /** A manager recorded the person's attendance at an in-practice session held at {@code heldAt}. */
    public static Completion ofFaceToFace(Person person, ModuleVersion version, Practice practice, Instant heldAt,
                                   Optional<Long> recordedBy, Instant now) {
        if (!version.isFaceToFace()) {
            throw new InvalidRequestException("\"" + version.title() + "\" cannot be completed at a face-to-face session.");
        }
        Completion completion = new Completion(person, version, null, heldAt, practice, CompletionSource.FACE_TO_FACE, now);
        completion.recordedBy = recordedBy.orElse(null);
        return completion;
    }

    /**
     * The practice manager approved a learner's record of equivalent training done elsewhere: dated
     * the day it was completed (so it expires by the module's refresh period from then), credited to
     * the practice the record was made at, keyed by the record so that it makes one completion at most.
     */
    static Completion ofExternalEvidence(ModuleVersion version, ExternalTraining training, long managerId, Instant now) {
        if (training.status() != ExternalTrainingStatus.APPROVED) {
            throw new IllegalStateException(training + " is not approved");
        }
        Completion completion = new Completion(training.person(), version, null, training.completedAt(), training.practice(),
                CompletionSource.EXTERNAL_EVIDENCE, now);
        completion.idempotencyKey = "external-training:" + Objects.requireNonNull(training.id(), "training id");
        completion.recordedBy = managerId;
        return completion;
    }

    /** How far ahead of the academy's clock an external player's clock may run (a report "from the future" beyond it is refused). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    /**
     * An external content player reported the completion, made at {@code reported}, with a key
     * that makes a retry harmless.
     *
     * @throws InvalidRequestException when the score is not 0..100 or the date is in the future
     * @throws NotACompletionException when the score is below the pass mark or the date before the version existed
     */
    static Completion ofExternal(Person person, ModuleVersion version, Practice practice, int score, Instant reported,
                                 IdempotencyKey key, Instant now) {
        Objects.requireNonNull(reported, "completedAt");
        // Milliseconds are what JSON dates carry and what a retry can repeat exactly.
        Instant completedAt = reported.truncatedTo(ChronoUnit.MILLIS);
        if (completedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidRequestException("The completion date " + completedAt + " is in the future.");
        }
        if (completedAt.isBefore(version.loadedAt())) {
            throw new NotACompletionException("The completion date " + completedAt + " is before version "
                    + version.versionNumber() + " of \"" + version.title() + "\" existed (" + version.loadedAt()
                    + "); nothing was recorded.");
        }
        if (score >= 0 && score < version.passMark()) {
            throw new NotACompletionException("A score of " + score + "% is below this module's pass mark of "
                    + version.passMark() + "%: that is a failed attempt, not a completion; nothing was recorded.");
        }
        Completion completion = new Completion(person, version, score, completedAt, practice, CompletionSource.EXTERNAL, now);
        completion.idempotencyKey = key.value();
        return completion;
    }

    /**
     * A retried external report with this completion's key must say the same thing.
     *
     * @throws ConflictException when the key was used for a different module, version, score or date
     */
    public void requireSameReport(String moduleSlug, int version, int reportedScore, Instant reportedCompletedAt) {
        if (!module.slug().equals(moduleSlug) || versionNumber != version || score == null || score != reportedScore
                || !completedAt.equals(reportedCompletedAt.truncatedTo(ChronoUnit.MILLIS))) {
            throw new ConflictException("This idempotency key was already used for a different completion ("
                    + module.slug() + " version " + versionNumber + ", score " + score + ", completed at " + completedAt
                    + "). Use a new key for a new completion.");
        }
    }

    /** What the status rules need. */
    public TrainingStatusRules.CompletionFacts facts() {
        return new TrainingStatusRules.CompletionFacts(versionNumber, expiresAt());
    }

    public Long id() { return id; }
    public Person person() { return person; }
    public Module module() { return module; }
    public ModuleVersion moduleVersion() { return moduleVersion; }
    public int versionNumber() { return versionNumber; }
    public Optional<Integer> score() { return Optional.ofNullable(score); }
    public Instant completedAt() { return completedAt; }
    public Optional<Instant> expiresAt() { return Optional.ofNullable(expiresAt); }
    public Practice practice() { return practice; }
    public CompletionSource source() { return source; }
    public Optional<Long> attemptId() { return Optional.ofNullable(attemptId); }
    public Optional<String> idempotencyKey() { return Optional.ofNullable(idempotencyKey); }
    public Optional<Long> recordedBy() { return Optional.ofNullable(recordedBy); }
    public Instant recordedAt() { return recordedAt; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Completion completion && id != null && id.equals(completion.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(completedAt, versionNumber);
    }

    @Override
    public String toString() {
        return "Completion[" + id + " " + (module == null ? "?" : module.slug()) + " v" + versionNumber + " " + source + "]";
    }
}
