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

/** That a practice's managers were sent the weekly digest of the week starting {@link #weekOf()}. Append-only. */
@Entity
@Table(name = "practice_digest")
public class PracticeDigest {

    @Id // the generator is declared on SentReminder
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    private Long id;

    @Column(name = "practice_id", nullable = false, updatable = false)
    private Long practiceId;

    @Column(name = "week_of", nullable = false, updatable = false)
    private LocalDate weekOf;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected PracticeDigest() {
        // for JPA
    }

    PracticeDigest(long practiceId, LocalDate weekOf, Instant sentAt) {
        this.practiceId = practiceId;
        this.weekOf = Objects.requireNonNull(weekOf, "weekOf");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    public Long id() { return id; }
    public LocalDate weekOf() { return weekOf; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PracticeDigest digest && id != null && id.equals(digest.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(practiceId, weekOf);
    }
}
