package academy.accreditation.award;

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
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.RequiredText;

/** A condition of an award made with conditions: what the practice must do, by when, and how it ended. */
@Entity
@Table(name = "kitemark_award_condition")
@NamedQuery(name = "AwardCondition.overdue",
        query = "SELECT c.id FROM AwardCondition c WHERE c.status = academy.accreditation.award.ConditionStatus.OPEN"
                + " AND c.deadline < :today AND c.id > :after ORDER BY c.id")
public class AwardCondition {

    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_id", updatable = false)
    private KiteMarkAward award;

    @Column(nullable = false, updatable = false) private int position;
    @Column(nullable = false, updatable = false) private String description;
    @Column(nullable = false, updatable = false) private LocalDate deadline;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private ConditionStatus status;
    @Column(name = "closed_at") private Instant closedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "closed_by")
    private Person closedBy;

    @Column(name = "closing_note") private String closingNote;

    protected AwardCondition() {
        // for JPA
    }

    AwardCondition(KiteMarkAward award, int position, String description, LocalDate deadline) {
        this.award = Objects.requireNonNull(award, "award");
        this.position = position;
        this.description = RequiredText.require(description, MAX_TEXT, "Describe each condition: what the practice must do.");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.status = ConditionStatus.OPEN;
    }

    /**
     * Closes the condition as met or waived by an assessor, with a note.
     *
     * @throws ConflictException       when it is closed already
     * @throws InvalidRequestException when the note is blank or too long, or the outcome is not MET or WAIVED
     */
    public void close(ConditionStatus outcome, String note, Person by, Instant now) {
        if (outcome != ConditionStatus.MET && outcome != ConditionStatus.WAIVED) {
            throw new InvalidRequestException("A condition is closed as met or waived.");
        }
        requireOpen();
        this.closingNote = RequiredText.require(note, MAX_TEXT, "Say how the condition was met, or why it is waived.");
        this.status = outcome;
        this.closedBy = Objects.requireNonNull(by, "by");
        this.closedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Marks an open condition missed once its deadline has passed.
     *
     * @return true when this call marked it
     */
    public boolean missIfOverdue(LocalDate today, Instant now) {
        if (status != ConditionStatus.OPEN || !today.isAfter(deadline)) {
            return false;
        }
        status = ConditionStatus.MISSED;
        closedAt = Objects.requireNonNull(now, "now");
        return true;
    }

    private void requireOpen() {
        if (status != ConditionStatus.OPEN) {
            throw new ConflictException("This condition is " + status.label().toLowerCase(java.util.Locale.UK) + " already.");
        }
    }


    public Long id() { return id; }
    public KiteMarkAward award() { return award; }
    public int position() { return position; }
    public String description() { return description; }
    public LocalDate deadline() { return deadline; }
    public ConditionStatus status() { return status; }
    public Optional<Instant> closedAt() { return Optional.ofNullable(closedAt); }
    public Optional<Person> closedBy() { return Optional.ofNullable(closedBy); }
    public Optional<String> closingNote() { return Optional.ofNullable(closingNote); }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AwardCondition condition && id != null && id.equals(condition.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, deadline);
    }
}
