package academy.signin;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One sign-in attempt, kept for the throttle (instances share it through the database). Keyed by
 * the lower-cased address typed, whether or not it has an account, so unknown addresses are
 * throttled exactly like known ones and behaviour reveals nothing. The audit trail keeps the
 * lasting record; these rows are forgotten after a day.
 */
@Entity
@Table(name = "signin_attempt")
public class SignInAttempt {

    /** What came of an attempt. */
    public enum Outcome {
        SUCCEEDED,
        FAILED,
        /** Refused without checking the password, because of the throttle; does not count as a failure. */
        THROTTLED,
        /** Not an attempt: the password was reset or changed, which clears the count like a success. */
        PASSWORD_CHANGED
    }

    @Id
    @SequenceGenerator(name = "signin_seq", sequenceName = "signin_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signin_seq")
    private Long id;

    @Column(name = "account_key", nullable = false, updatable = false)
    private String accountKey;

    @Column(name = "client_address", nullable = false, updatable = false)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    protected SignInAttempt() {
        // for JPA
    }

    SignInAttempt(String accountKey, String clientAddress, Outcome outcome, Instant attemptedAt) {
        this.accountKey = Objects.requireNonNull(accountKey, "accountKey");
        this.clientAddress = Objects.requireNonNull(clientAddress, "clientAddress");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.attemptedAt = Objects.requireNonNull(attemptedAt, "attemptedAt");
    }

    SignInThrottle.Attempt asAttempt() {
        return new SignInThrottle.Attempt(attemptedAt, outcome == Outcome.FAILED);
    }

    public Long id() { return id; }
    public String accountKey() { return accountKey; }
    public String clientAddress() { return clientAddress; }
    public Outcome outcome() { return outcome; }
    public Instant attemptedAt() { return attemptedAt; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SignInAttempt attempt && id != null && id.equals(attempt.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountKey, attemptedAt);
    }
}
