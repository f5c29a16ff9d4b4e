package academy.learning.reminder;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import academy.account.TokenHash;

/** The unsubscribe link of one reminder mail: only the hash of its secret is kept. */
@Entity
@Table(name = "reminder_unsubscribe")
public class UnsubscribeLink {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected UnsubscribeLink() {
        // for JPA
    }

    UnsubscribeLink(TokenHash hash, long personId, Instant now) {
        this.tokenHash = hash.hex();
        this.personId = personId;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    public long personId() {
        return personId;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UnsubscribeLink link && Objects.equals(tokenHash, link.tokenHash);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(tokenHash);
    }
}
