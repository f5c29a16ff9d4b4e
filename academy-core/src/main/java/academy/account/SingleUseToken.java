package academy.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The stored half of a mailed link: the token's hash, when it stops working and when it was
 * used. A token works once, before it expires; using or withdrawing it ends it for good.
 */
@Embeddable
public class SingleUseToken {

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected SingleUseToken() {
        // for JPA
    }

    public SingleUseToken(TokenHash hash, Instant createdAt, Duration validFor) {
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("a token must be valid for some time");
        }
        this.tokenHash = Objects.requireNonNull(hash, "hash").hex();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = createdAt.plus(validFor);
    }

    /** True when the token could still be used at {@code now}. */
    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /**
     * Uses the token up.
     *
     * @throws InvalidLinkException when it was used (or withdrawn) before, or has expired
     */
    public void consume(Instant now) {
        checkUsableAt(now);
        usedAt = now;
    }

    /**
     * Checks the token could be used now without using it up (to show the page behind the link).
     *
     * @throws InvalidLinkException when it was used (or withdrawn) before, or has expired
     */
    public void checkUsableAt(Instant now) {
        if (usedAt != null) {
            throw new InvalidLinkException("This link has already been used, or a newer one has replaced it. "
                    + "If you still need it, please ask for a new one.");
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidLinkException("This link has expired. Please ask for a new one.");
        }
    }

    /** Ends a token that a newer one replaces; harmless if it already ended. */
    public void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public TokenHash hash() { return TokenHash.fromHex(tokenHash); }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Optional<Instant> usedAt() { return Optional.ofNullable(usedAt); }
}
