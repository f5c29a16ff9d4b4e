package academy.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

import academy.account.EmailAddress;
import academy.account.SingleUseToken;
import academy.account.TokenHash;

/**
 * A manager's invitation for someone to join the practice in a job role: a single-use link mailed
 * to the address, valid for {@link #VALIDITY} by default. Only the link's hash is stored.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(name = "Invitation.byHash",
        query = "SELECT i FROM Invitation i JOIN FETCH i.practice WHERE i.token.tokenHash = :hash")
@NamedQuery(name = "Invitation.ofPractice",
        query = "SELECT i FROM Invitation i WHERE i.practice = :practice ORDER BY i.id DESC")
@NamedQuery(name = "Invitation.usableTo",
        query = "SELECT i FROM Invitation i WHERE i.practice = :practice AND i.emailLower = :email"
                + " AND i.token.usedAt IS NULL AND i.token.expiresAt > :now")
public class Invitation {

    public static final Duration VALIDITY = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "email_lower", nullable = false, updatable = false)
    private String emailLower;

    @Column(name = "display_name", nullable = false, updatable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_role", nullable = false, updatable = false)
    private JobRole jobRole;

    @Embedded
    private SingleUseToken token;

    @Column(name = "invited_by", updatable = false)
    private Long invitedBy;

    @Column(name = "accepted_by")
    private Long acceptedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {
        // for JPA
    }

    /**
     * @param invitedBy the person who sent it; empty when the system did (demo seeding)
     */
    public Invitation(Practice practice, EmailAddress email, String displayName, JobRole jobRole,
                      Optional<Long> invitedBy, TokenHash hash, Instant now, Duration validFor) {
        this.practice = Objects.requireNonNull(practice, "practice");
        this.email = email.value();
        this.emailLower = email.normalised();
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.jobRole = Objects.requireNonNull(jobRole, "jobRole");
        this.invitedBy = invitedBy.orElse(null);
        this.token = new SingleUseToken(hash, now, validFor);
    }

    /**
     * Uses the invitation up for the person who accepts it.
     *
     * @throws academy.account.InvalidLinkException when it was used, revoked or has expired
     */
    public void accept(long personId, Instant now) {
        token.consume(now);
        acceptedBy = personId;
    }

    /** Withdraws an invitation that has not been accepted; harmless if it already ended. */
    public void revoke(Instant now) {
        if (acceptedBy == null && token.usedAt().isEmpty()) {
            token.withdraw(now);
            revokedAt = now;
        }
    }

    public InvitationStatus statusAt(Instant now) {
        if (acceptedBy != null) {
            return InvitationStatus.ACCEPTED;
        }
        if (revokedAt != null || token.usedAt().isPresent()) {
            return InvitationStatus.REVOKED;
        }
        return token.isUsableAt(now) ? InvitationStatus.OPEN : InvitationStatus.EXPIRED;
    }

    public Long id() { return id; }
    public Practice practice() { return practice; }
    public EmailAddress email() { return EmailAddress.of(email); }
    public String displayName() { return displayName; }
    public JobRole jobRole() { return jobRole; }
    public SingleUseToken token() { return token; }
    public Instant sentAt() { return token.createdAt(); }
    public Instant expiresAt() { return token.expiresAt(); }
    public Optional<Long> invitedBy() { return Optional.ofNullable(invitedBy); }
    public Optional<Long> acceptedBy() { return Optional.ofNullable(acceptedBy); }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Invitation invitation && id != null && id.equals(invitation.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(emailLower, token.createdAt());
    }

    @Override
    public String toString() {
        return "Invitation[" + id + " " + emailLower + " " + jobRole + "]";
    }
}
