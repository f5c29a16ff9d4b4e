package academy.learning.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That an assigned item went more than the threshold overdue and the practice's managers were told. Append-only. */
@Entity
@Table(name = "assignment_escalation")
public class Escalation {

    @Id // the generator is declared on SentReminder
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "practice_id", nullable = false, updatable = false)
    private Long practiceId;

    @Column(name = "escalated_on", nullable = false, updatable = false)
    private LocalDate escalatedOn;

    @Column(name = "escalated_at", nullable = false, updatable = false)
    private Instant escalatedAt;

    protected Escalation() {
        // for JPA
    }

    Escalation(long itemId, long personId, long practiceId, LocalDate on, Instant at) {
        this.itemId = itemId;
        this.personId = personId;
        this.practiceId = practiceId;
        this.escalatedOn = Objects.requireNonNull(on, "on");
        this.escalatedAt = Objects.requireNonNull(at, "at");
    }

    public Long id() { return id; }
    public long itemId() { return itemId; }
    public LocalDate escalatedOn() { return escalatedOn; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Escalation escalation && id != null && id.equals(escalation.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(itemId);
    }
}
