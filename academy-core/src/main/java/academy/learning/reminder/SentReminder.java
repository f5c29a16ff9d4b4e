package academy.learning.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** That a learner was sent one stage of the reminders of one assigned item. Append-only. */
@Entity
@Table(name = "assignment_reminder")
public class SentReminder {

    @Id
    @SequenceGenerator(name = "reminder_seq", sequenceName = "reminder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(nullable = false, updatable = false)
    private String stage;

    @Column(name = "stage_rank", nullable = false, updatable = false)
    private int stageRank;

    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected SentReminder() {
        // for JPA
    }

    SentReminder(long itemId, long personId, ReminderStage stage, LocalDate sentOn, Instant sentAt) {
        this.itemId = itemId;
        this.personId = personId;
        this.stage = stage.code();
        this.stageRank = stage.rank();
        this.sentOn = Objects.requireNonNull(sentOn, "sentOn");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    public Long id() { return id; }
    public long itemId() { return itemId; }
    public long personId() { return personId; }
    public String stage() { return stage; }
    public int stageRank() { return stageRank; }
    public LocalDate sentOn() { return sentOn; }
    public Instant sentAt() { return sentAt; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SentReminder sent && id != null && id.equals(sent.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemId, stage);
    }

    @Override
    public String toString() {
        return "SentReminder[" + itemId + " " + stage + " on " + sentOn + "]";
    }
}
