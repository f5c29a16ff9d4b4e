package academy.practice;

import java.time.Instant;
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
import academy.shared.ConflictException;

/**
 * A person's place in a practice, in one job role, for a stretch of time. Staff who move practice
 * get a new membership; the old one is ended, never deleted, so "who was at this practice when"
 * can always be answered (assessor conflicts of interest depend on it).
 */
@Entity
@Table(name = "membership")
@NamedQuery(name = "Membership.ofPractice",
        query = "SELECT m FROM Membership m JOIN FETCH m.person WHERE m.practice = :practice AND m.status IN :statuses"
                + " ORDER BY m.status, m.id")
@NamedQuery(name = "Membership.ofPerson",
        query = "SELECT m FROM Membership m JOIN FETCH m.practice WHERE m.person.id = :personId ORDER BY m.id DESC")
@NamedQuery(name = "Membership.openOf",
        query = "SELECT m FROM Membership m WHERE m.person = :person AND m.practice = :practice"
                + " AND m.status IN (academy.practice.MembershipStatus.PENDING, academy.practice.MembershipStatus.ACTIVE)")
@NamedQuery(name = "Membership.activeOfPerson",
        query = "SELECT m FROM Membership m JOIN FETCH m.practice WHERE m.person.id = :personId"
                + " AND m.status = academy.practice.MembershipStatus.ACTIVE")
@NamedQuery(name = "Membership.activeManagerCount",
        query = "SELECT COUNT(m) FROM Membership m WHERE m.practice = :practice"
                + " AND m.status = academy.practice.MembershipStatus.ACTIVE"
                + " AND m.jobRole = academy.practice.JobRole.PRACTICE_MANAGER")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_role", nullable = false)
    private JobRole jobRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    /** When it ended or was rejected. */
    @Column(name = "ended_at")
    private Instant endedAt;

    protected Membership() {
        // for JPA
    }

    private Membership(Person person, Practice practice, JobRole jobRole, MembershipStatus status, Instant now) {
        this.person = Objects.requireNonNull(person, "person");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.jobRole = Objects.requireNonNull(jobRole, "jobRole");
        this.status = status;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.startedAt = status == MembershipStatus.ACTIVE ? now : null;
    }

    /** Someone a manager invited (and who accepted): a member from now. */
    public static Membership invited(Person person, Practice practice, JobRole jobRole, Instant now) {
        return new Membership(person, practice, jobRole, MembershipStatus.ACTIVE, now);
    }

    /** A PPG member who registered with the join code: waits for a manager's approval. */
    public static Membership applied(Person person, Practice practice, Instant now) {
        return new Membership(person, practice, JobRole.PPG_MEMBER, MembershipStatus.PENDING, now);
    }

    /**
     * A manager accepts a pending application.
     *
     * @throws ConflictException unless the membership is pending
     */
    public void approve(Instant now) {
        requireStatus(MembershipStatus.PENDING, "Only a waiting application can be approved; this one is " + describe() + ".");
        status = MembershipStatus.ACTIVE;
        startedAt = now;
    }

    /**
     * A manager turns a pending application down.
     *
     * @throws ConflictException unless the membership is pending
     */
    public void reject(Instant now) {
        requireStatus(MembershipStatus.PENDING, "Only a waiting application can be turned down; this one is " + describe() + ".");
        status = MembershipStatus.REJECTED;
        endedAt = now;
    }

    /**
     * The person leaves the practice (or a manager deactivates them).
     *
     * @throws ConflictException unless the membership is active
     */
    public void end(Instant now) {
        requireStatus(MembershipStatus.ACTIVE, "Only a current member can be deactivated; this membership is " + describe() + ".");
        status = MembershipStatus.ENDED;
        endedAt = now;
    }

    /**
     * Moves an active member to another job role.
     *
     * @throws ConflictException unless the membership is active, or when it already has that role
     */
    public void changeJobRole(JobRole newRole) {
        requireStatus(MembershipStatus.ACTIVE, "Only a current member's role can change; this membership is " + describe() + ".");
        if (Objects.requireNonNull(newRole, "newRole") == jobRole) {
            throw new ConflictException(person.displayName() + " is already " + jobRole.label() + "; nothing changed.");
        }
        jobRole = newRole;
    }

    private void requireStatus(MembershipStatus required, String otherwise) {
        if (status != required) {
            throw new ConflictException(otherwise);
        }
    }

    private String describe() {
        return switch (status) {
            case PENDING -> "still waiting for approval";
            case ACTIVE -> "current";
            case ENDED -> "already ended";
            case REJECTED -> "already turned down";
        };
    }

    /** Only an active membership grants anything. */
    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    /** Pending or active: the person cannot be given a second one at the same practice. */
    public boolean isOpen() {
        return status == MembershipStatus.PENDING || status == MembershipStatus.ACTIVE;
    }

    /** An active practice-manager membership: it lets the person run the practice's roster. */
    public boolean isManager() {
        return isActive() && jobRole == JobRole.PRACTICE_MANAGER;
    }

    /**
     * True when the person belonged (or asked to belong) to the practice at any time since
     * {@code since}: open now, or ended at or after it. Rejected applications never count.
     */
    public boolean heldSince(Instant since) {
        return isOpen() || status == MembershipStatus.ENDED && !endedAt.isBefore(since);
    }

    public Long id() { return id; }
    public Person person() { return person; }
    public Practice practice() { return practice; }
    public long practiceId() { return practice.id(); }
    public JobRole jobRole() { return jobRole; }
    public MembershipStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Optional<Instant> startedAt() { return Optional.ofNullable(startedAt); }
    public Optional<Instant> endedAt() { return Optional.ofNullable(endedAt); }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Membership membership && id != null && id.equals(membership.id);
    }

    @Override
    public int hashCode() {
        // Only what never changes: two copies of one row (one read before a role change, one
        // after) must share a hash, as they are equal.
        return Objects.hashCode(createdAt);
    }

    @Override
    public String toString() {
        return "Membership[" + id + " " + jobRole + " " + status + "]";
    }
}
