package academy.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import academy.account.Person;
import academy.catalogue.Module;
import academy.catalogue.ModuleVersion;
import academy.shared.InvalidRequestException;

/**
 * A person's relationship with one module: when they started, which lessons of which version they
 * read, and their latest completion. There is exactly one per person and module (a unique
 * constraint), and every change to the person's record for the module — a quiz submission, a
 * face-to-face or external completion — first locks this row by its primary key, so concurrent
 * requests for the same person and module take turns.
 */
@Entity
@Table(name = "learning_enrolment")
@NamedQuery(name = "Enrolment.of",
        query = "SELECT e FROM Enrolment e WHERE e.person.id = :personId AND e.module = :module")
@NamedQuery(name = "Enrolment.ofPerson",
        query = "SELECT e FROM Enrolment e JOIN FETCH e.module LEFT JOIN FETCH e.latestCompletion WHERE e.person.id = :personId")
@NamedQuery(name = "Enrolment.ofPeople",
        query = "SELECT e FROM Enrolment e JOIN FETCH e.module LEFT JOIN FETCH e.latestCompletion WHERE e.person.id IN :personIds")
@NamedQuery(name = "Enrolment.ofWithReading",
        query = "SELECT DISTINCT e FROM Enrolment e LEFT JOIN FETCH e.lessonsRead WHERE e.person.id = :personId"
                + " AND e.module = :module")
@NamedQuery(name = "Enrolment.ofPersonWithReading",
        query = "SELECT DISTINCT e FROM Enrolment e JOIN FETCH e.module LEFT JOIN FETCH e.latestCompletion"
                + " LEFT JOIN FETCH e.lessonsRead WHERE e.person.id = :personId")
public class Enrolment {

    @Id
    @SequenceGenerator(name = "learning_seq", sequenceName = "learning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    // The same column read as a number, so grouping many people's enrolments loads no person.
    @Column(name = "person_id", insertable = false, updatable = false)
    private Long personId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", updatable = false)
    private Module module;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "latest_completion_id")
    private Completion latestCompletion;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "learning_lesson_read", joinColumns = @JoinColumn(name = "enrolment_id"))
    private List<LessonRead> lessonsRead = new ArrayList<>();

    protected Enrolment() {
        // for JPA
    }

    public Enrolment(Person person, Module module, Instant now) {
        this.person = Objects.requireNonNull(person, "person");
        this.module = Objects.requireNonNull(module, "module");
        this.startedAt = Objects.requireNonNull(now, "now");
        this.lastActivityAt = now;
    }

    /**
     * Remembers that the lesson was read (the first time counts; reading again changes nothing).
     *
     * @return true when this is the first reading
     * @throws InvalidRequestException when the version has no such lesson or is of another module
     */
    public boolean read(ModuleVersion version, int lessonNumber, Instant now) {
        requireOwnVersion(version);
        if (lessonNumber < 1 || lessonNumber > version.lessonCount()) {
            throw new InvalidRequestException("\"" + version.title() + "\" has no lesson " + lessonNumber + ".");
        }
        lastActivityAt = now;
        if (hasRead(version.versionNumber(), lessonNumber)) {
            return false;
        }
        lessonsRead.add(new LessonRead(version.versionNumber(), lessonNumber, now));
        return true;
    }

    public boolean hasRead(int versionNumber, int lessonNumber) {
        return lessonsRead.stream().anyMatch(r -> r.isOf(versionNumber, lessonNumber));
    }

    /** Whether every lesson of the version has been read. */
    public boolean hasReadAll(ModuleVersion version) {
        requireOwnVersion(version);
        return lessonsReadOf(version.versionNumber()) >= version.lessonCount();
    }

    public long lessonsReadOf(int versionNumber) {
        return lessonsRead.stream().filter(r -> r.versionNumber() == versionNumber).count();
    }

    /** Keeps the completion as the latest when it is newer than the one held (a back-dated one may not be). */
    public void recordCompletion(Completion completion) {
        if (!completion.module().equals(module) && completion.module() != module) {
            throw new IllegalArgumentException(completion + " is not of " + module);
        }
        if (latestCompletion == null || !completion.completedAt().isBefore(latestCompletion.completedAt())) {
            latestCompletion = completion;
        }
        touch(completion.completedAt());
    }

    void touch(Instant now) {
        if (now.isAfter(lastActivityAt)) {
            lastActivityAt = now;
        }
    }

    private void requireOwnVersion(ModuleVersion version) {
        if (version.module() != module && !version.module().equals(module)) {
            throw new InvalidRequestException("That lesson belongs to another module.");
        }
    }

    public Long id() { return id; }
    public Person person() { return person; }
    /** The learner's id, without loading the person. */
    public Long personId() { return personId != null ? personId : person.id(); }
    public Module module() { return module; }
    public Instant startedAt() { return startedAt; }
    public Instant lastActivityAt() { return lastActivityAt; }
    public Optional<Completion> latestCompletion() { return Optional.ofNullable(latestCompletion); }
    public List<LessonRead> lessonsRead() { return Collections.unmodifiableList(lessonsRead); }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Enrolment enrolment && id != null && id.equals(enrolment.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startedAt);
    }

    @Override
    public String toString() {
        return "Enrolment[" + id + "]";
    }
}
