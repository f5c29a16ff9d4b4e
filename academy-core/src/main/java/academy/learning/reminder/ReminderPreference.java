package academy.learning.reminder;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A learner's choice of reminders; no row means {@link ReminderMode#EACH}. */
@Entity
@Table(name = "reminder_preference")
public class ReminderPreference {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReminderMode mode;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ReminderPreference() {
        // for JPA
    }

    ReminderPreference(long personId, ReminderMode mode, Instant now) {
        this.personId = personId;
        choose(mode, now);
    }

    void choose(ReminderMode chosen, Instant now) {
        this.mode = Objects.requireNonNull(chosen, "mode");
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    public ReminderMode mode() {
        return mode;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ReminderPreference preference && Objects.equals(personId, preference.personId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(personId);
    }
}
