package academy.learning.assignment;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import academy.account.Person;
import academy.catalogue.LearningPath;
import academy.catalogue.Module;
import academy.learning.Completion;
import academy.practice.JobRole;
import academy.practice.Practice;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;

/**
 * An instruction to take a module or a learning path by a due date: for one person, a job role or
 * everyone, in one practice or (no practice) in every practice of the region. It is never deleted:
 * withdrawing it ends what it assigned and keeps the record. What it names (target, module or
 * path) never changes; the due rule and "mandatory" may.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AssignmentTarget target;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_person_id", updatable = false)
    private Person targetPerson;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_role", updatable = false)
    private JobRole targetRole;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id", updatable = false)
    private Module module;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "path_id", updatable = false)
    private LearningPath path;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_kind", nullable = false)
    private DueKind dueKind;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "due_days")
    private Integer dueDays;

    @Column(nullable = false)
    private boolean mandatory;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "refresher_of", updatable = false)
    private Completion refresherOf;

    @Column(name = "assigned_by", updatable = false)
    private Long assignedBy;

    @Column(name = "assigned_by_name", nullable = false, updatable = false)
    private String assignedByName;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    protected Assignment() {
        // for JPA
    }

    private Assignment(Practice practice, AssignmentTarget target, Module module, LearningPath path, DueRule due,
                       boolean mandatory, Actor by, Instant now) {
        this.practice = practice;
        this.target = Objects.requireNonNull(target, "target");
        if (module == null == (path == null)) {
            throw new IllegalArgumentException("a module or a path, not both");
        }
        this.module = module;
        this.path = path;
        setDue(due);
        this.mandatory = mandatory;
        this.assignedBy = by.personId().orElse(null);
        this.assignedByName = by.personId().isPresent() ? by.displayName() : "The academy";
        this.assignedAt = Objects.requireNonNull(now, "now");
    }

    /** A manager's assignment to one member of their practice. */
    static Assignment toPerson(Practice practice, Person person, Module module, LearningPath path, DueRule due,
                               boolean mandatory, Actor by, Instant now) {
        Assignment assignment = new Assignment(Objects.requireNonNull(practice, "practice"), AssignmentTarget.PERSON,
                module, path, due, mandatory, by, now);
        assignment.targetPerson = Objects.requireNonNull(person, "person");
        return assignment;
    }

    /** For a job role; {@code practice} empty: region-wide. */
    static Assignment toRole(Optional<Practice> practice, JobRole role, Module module, LearningPath path, DueRule due,
                             boolean mandatory, Actor by, Instant now) {
        Assignment assignment = new Assignment(practice.orElse(null), AssignmentTarget.ROLE, module, path, due, mandatory, by, now);
        assignment.targetRole = Objects.requireNonNull(role, "role");
        return assignment;
    }

    /** For all staff; {@code practice} empty: region-wide. */
    static Assignment toEveryone(Optional<Practice> practice, Module module, LearningPath path, DueRule due,
                                 boolean mandatory, Actor by, Instant now) {
        return new Assignment(practice.orElse(null), AssignmentTarget.EVERYONE, module, path, due, mandatory, by, now);
    }

    /** The academy's own assignment of a module's refresher before {@code expiring} expires, due on its expiry day. */
    static Assignment refresher(Practice practice, Completion expiring, LocalDate expiryDay, Instant now) {
        Assignment assignment = new Assignment(practice, AssignmentTarget.PERSON, expiring.module(), null,
                DueRule.on(expiryDay), true, Actor.system(), now);
        assignment.targetPerson = expiring.person();
        assignment.refresherOf = expiring;
        return assignment;
    }

    /**
     * Whether a member in this role is someone it is for (the practice is checked by the caller).
     * Everyone means staff: PPG members are reached only by naming their role or them.
     */
    public boolean fits(JobRole role, long personId) {
        return switch (target) {
            case PERSON -> targetPerson.id() == personId;
            case ROLE -> targetRole == role;
            case EVERYONE -> role.isStaff();
        };
    }

    /**
     * Withdraws it; the caller ends what it assigned.
     *
     * @throws ConflictException when it was already withdrawn
     */
    void withdraw(Actor by, Instant now) {
        requireOpen();
        withdrawnAt = now;
        withdrawnBy = by.personId().orElse(null);
    }

    /**
     * A new due rule and "mandatory"; the caller moves the open rows' due days.
     *
     * @throws ConflictException when it was withdrawn
     * @throws InvalidRequestException when nothing would change
     */
    void change(DueRule due, boolean mandatory) {
        requireOpen();
        if (due.equals(dueRule()) && mandatory == this.mandatory) {
            throw new InvalidRequestException("That is what the assignment already says; nothing changed.");
        }
        setDue(due);
        this.mandatory = mandatory;
    }

    private void requireOpen() {
        if (withdrawnAt != null) {
            throw new ConflictException("This assignment was already withdrawn; nothing changed.");
        }
    }

    private void setDue(DueRule due) {
        this.dueKind = due.kind();
        this.dueOn = due.date().orElse(null);
        this.dueDays = due.days().orElse(null);
    }

    public DueRule dueRule() {
        return new DueRule(dueKind, Optional.ofNullable(dueOn), Optional.ofNullable(dueDays));
    }

    public Long id() { return id; }
    public Optional<Practice> practice() { return Optional.ofNullable(practice); }
    public boolean isRegionWide() { return practice == null; }
    public AssignmentTarget target() { return target; }
    public Optional<Person> targetPerson() { return Optional.ofNullable(targetPerson); }
    public Optional<JobRole> targetRole() { return Optional.ofNullable(targetRole); }
    public Optional<Module> module() { return Optional.ofNullable(module); }
    public Optional<LearningPath> path() { return Optional.ofNullable(path); }
    public boolean isMandatory() { return mandatory; }
    public boolean isRefresher() { return refresherOf != null; }
    public Optional<Long> assignedBy() { return Optional.ofNullable(assignedBy); }
    public String assignedByName() { return assignedByName; }
    public Instant assignedAt() { return assignedAt; }
    public Optional<Instant> withdrawnAt() { return Optional.ofNullable(withdrawnAt); }
    public boolean isWithdrawn() { return withdrawnAt != null; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Assignment assignment && id != null && id.equals(assignment.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(assignedAt);
    }

    @Override
    public String toString() {
        return "Assignment[" + id + " " + target + "]";
    }
}
