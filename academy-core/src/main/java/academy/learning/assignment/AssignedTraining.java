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
import jakarta.persistence.Table;

import academy.account.Person;
import academy.catalogue.Module;
import academy.practice.Membership;
import academy.practice.Practice;
import academy.shared.ConflictException;

/**
 * One module an assignment asks of one person, through one membership, with its own due day.
 * Ended (withdrawn, role changed, left), never deleted. Whether it is fulfilled is not stored: it
 * follows from the person's latest completion ({@link AssignmentRules}).
 */
@Entity
@Table(name = "assignment_item")
public class AssignedTraining {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", updatable = false)
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_id", updatable = false)
    private Membership membership;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", updatable = false)
    private Module module;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(name = "counted_from", nullable = false, updatable = false)
    private LocalDate countedFrom;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "due_by", nullable = false)
    private Instant dueBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    protected AssignedTraining() {
        // for JPA
    }

    AssignedTraining(Assignment assignment, Membership membership, Module module, LocalDate countedFrom, LocalDate dueOn,
                     Instant now) {
        this.assignment = Objects.requireNonNull(assignment, "assignment");
        this.membership = Objects.requireNonNull(membership, "membership");
        this.person = membership.person();
        this.practice = membership.practice();
        this.module = Objects.requireNonNull(module, "module");
        this.mandatory = assignment.isMandatory();
        this.countedFrom = Objects.requireNonNull(countedFrom, "countedFrom");
        setDue(dueOn);
        this.startedAt = Objects.requireNonNull(now, "now");
    }

    private void setDue(LocalDate day) {
        this.dueOn = Objects.requireNonNull(day, "dueOn");
        this.dueBy = AssignmentRules.dueBy(day);
    }

    /** A changed assignment moves the open row's due day and "mandatory". */
    void reschedule(LocalDate day, boolean mandatory) {
        setDue(day);
        this.mandatory = mandatory;
    }

    /**
     * The learner dismisses it.
     *
     * @throws ConflictException when it is mandatory, or no longer open
     */
    void dismiss(Instant now) {
        if (mandatory) {
            throw new ConflictException("Mandatory training cannot be dismissed.");
        }
        if (endedAt != null) {
            throw new ConflictException("This training is no longer assigned to you; nothing changed.");
        }
        endedAt = now;
        endReason = EndReason.DISMISSED;
    }

    public Long id() { return id; }
    public Assignment assignment() { return assignment; }
    public Membership membership() { return membership; }
    public Person person() { return person; }
    public Practice practice() { return practice; }
    public Module module() { return module; }
    public boolean isMandatory() { return mandatory; }
    public LocalDate countedFrom() { return countedFrom; }
    public LocalDate dueOn() { return dueOn; }
    public Instant dueBy() { return dueBy; }
    public Instant startedAt() { return startedAt; }
    public Optional<Instant> endedAt() { return Optional.ofNullable(endedAt); }
    public Optional<EndReason> endReason() { return Optional.ofNullable(endReason); }
    public boolean isEnded() { return endedAt != null; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AssignedTraining item && id != null && id.equals(item.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(startedAt);
    }

    @Override
    public String toString() {
        return "AssignedTraining[" + id + " due " + dueOn + (endReason == null ? "" : " " + endReason) + "]";
    }
}
