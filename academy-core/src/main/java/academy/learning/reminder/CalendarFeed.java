package academy.learning.reminder;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import academy.account.TokenHash;

/** A learner's private calendar address: only the hash of its secret is kept. Renewed or removed, never shown again. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
        // for JPA
    }

    CalendarFeed(long personId, TokenHash hash, Instant now) {
        this.personId = personId;
        renew(hash, now);
    }

    /** A new secret: the old address stops working. */
    void renew(TokenHash hash, Instant now) {
        this.tokenHash = hash.hex();
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    public long personId() {
        return personId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CalendarFeed feed && Objects.equals(personId, feed.personId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(personId);
    }
}
