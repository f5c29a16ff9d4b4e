package academy.learning;

import java.time.Instant;
import java.time.LocalDate;
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
import academy.catalogue.ModuleVersion;
import academy.evidence.StoredFile;
import academy.practice.Practice;
import academy.shared.ConflictException;
import academy.shared.time.AcademyCalendar;

/**
 * Training a learner did on another platform, as they recorded it: provider, title, the day they
 * completed it, optionally a certificate file and the academy module they say it is equivalent to.
 * The manager of the practice it was recorded at approves or rejects it once; the learner may
 * withdraw it while it waits. Once decided or withdrawn nothing about it changes again.
 */
@Entity
@Table(name = "learning_external_training")
@NamedQuery(name = "ExternalTraining.countOfPerson",
        query = "SELECT COUNT(t) FROM ExternalTraining t WHERE t.person.id = :personId")
@NamedQuery(name = "ExternalTraining.ofPerson",
        query = "SELECT t FROM ExternalTraining t JOIN FETCH t.practice LEFT JOIN FETCH t.moduleVersion"
                + " LEFT JOIN FETCH t.evidence WHERE t.person.id = :personId ORDER BY t.recordedAt DESC, t.id DESC")
@NamedQuery(name = "ExternalTraining.countPendingOfPractice",
        query = "SELECT COUNT(t) FROM ExternalTraining t WHERE t.practice.id = :practiceId"
                + " AND t.status = academy.learning.ExternalTrainingStatus.PENDING")
@NamedQuery(name = "ExternalTraining.pendingOfPractice",
        query = "SELECT t FROM ExternalTraining t JOIN FETCH t.person LEFT JOIN FETCH t.moduleVersion LEFT JOIN FETCH t.evidence"
                + " WHERE t.practice.id = :practiceId AND t.status = academy.learning.ExternalTrainingStatus.PENDING"
                + " ORDER BY t.recordedAt, t.id")
public class ExternalTraining {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    @Column(nullable = false, updatable = false)
    private String provider;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    /** The version of the module claimed as equivalent, as it was when the claim was made. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "module_version_id", updatable = false)
    private ModuleVersion moduleVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evidence_file_id", updatable = false)
    private StoredFile evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExternalTrainingStatus status;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String reason;

    @Column(name = "completion_id")
    private Long completionId;

    protected ExternalTraining() {
        // for JPA
    }

    /**
     * A new record, waiting for the manager. The texts and the day must already have passed
     * {@link ExternalTrainingRules}; the module, when given, must be one the learner may take.
     */
    public ExternalTraining(Person person, Practice practice, String provider, String title, LocalDate completedOn,
                            Optional<ModuleVersion> module, Optional<StoredFile> evidence, Instant now) {
        this.person = Objects.requireNonNull(person, "person");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.provider = ExternalTrainingRules.provider(provider);
        this.title = ExternalTrainingRules.title(title);
        this.completedOn = ExternalTrainingRules.completedOn(completedOn, AcademyCalendar.dayOf(now));
        this.moduleVersion = module.orElse(null);
        this.evidence = evidence.orElse(null);
        this.status = ExternalTrainingStatus.PENDING;
        this.recordedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * The manager accepts it. With a module, the caller then records the completion it makes.
     *
     * @param reason optional; checked by {@link ExternalTrainingRules#reason}
     * @throws ConflictException when it was already decided or withdrawn
     */
    public void approve(long managerId, String managerName, String reason, Instant now) {
        decide(ExternalTrainingStatus.APPROVED, managerId, managerName, ExternalTrainingRules.reason(reason, true), now);
    }

    /**
     * The manager turns it down, saying why.
     *
     * @throws academy.shared.InvalidRequestException without a reason
     * @throws ConflictException when it was already decided or withdrawn
     */
    public void reject(long managerId, String managerName, String reason, Instant now) {
        String given = ExternalTrainingRules.reason(reason, false);
        decide(ExternalTrainingStatus.REJECTED, managerId, managerName, given, now);
    }

    /**
     * The learner takes it back before the manager decided.
     *
     * @throws ConflictException when it was already decided or withdrawn
     */
    public void withdraw(Instant now) {
        requirePending();
        status = ExternalTrainingStatus.WITHDRAWN;
        decidedAt = Objects.requireNonNull(now, "now");
    }

    /** Links the completion an approval made. */
    void completedAs(Completion completion) {
        if (status != ExternalTrainingStatus.APPROVED || moduleVersion == null || completionId != null) {
            throw new IllegalStateException(this + " cannot be linked to " + completion);
        }
        completionId = Objects.requireNonNull(completion.id(), "completion id");
    }

    private void decide(ExternalTrainingStatus outcome, long managerId, String managerName, String givenReason, Instant now) {
        requirePending();
        status = outcome;
        decidedBy = managerId;
        decidedByName = managerName;
        reason = givenReason;
        decidedAt = Objects.requireNonNull(now, "now");
    }

    private void requirePending() {
        if (status.isDecided()) {
            throw new ConflictException("\"" + title + "\" was already " + switch (status) {
                case APPROVED -> "approved";
                case REJECTED -> "turned down";
                default -> "withdrawn";
            } + (decidedByName == null ? "" : " by " + decidedByName) + " on " + AcademyCalendar.day(decidedAt)
                    + "; nothing was changed.");
        }
    }

    /** The moment the completion an approval makes is dated: the start of the day, UK time. */
    public Instant completedAt() {
        return AcademyCalendar.startOf(completedOn);
    }

    public Long id() { return id; }
    public Person person() { return person; }
    public Practice practice() { return practice; }
    public String provider() { return provider; }
    public String title() { return title; }
    public LocalDate completedOn() { return completedOn; }
    public Optional<ModuleVersion> moduleVersion() { return Optional.ofNullable(moduleVersion); }
    public Optional<StoredFile> evidence() { return Optional.ofNullable(evidence); }
    public ExternalTrainingStatus status() { return status; }
    public boolean isPending() { return status == ExternalTrainingStatus.PENDING; }
    public Instant recordedAt() { return recordedAt; }
    public Optional<String> decidedByName() { return Optional.ofNullable(decidedByName); }
    public Optional<Instant> decidedAt() { return Optional.ofNullable(decidedAt); }
    public Optional<String> reason() { return Optional.ofNullable(reason); }
    public Optional<Long> completionId() { return Optional.ofNullable(completionId); }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExternalTraining training && id != null && id.equals(training.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordedAt, title);
    }

    @Override
    public String toString() {
        return "ExternalTraining[" + id + " " + status + "]";
    }
}
