package academy.account;

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

/**
 * A single-use link mailed to a person about their own account: reset the password, set it up,
 * confirm the email address, or confirm a new one ({@link #newEmail()}).
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = "AccountToken.byHash",
        query = "SELECT t FROM AccountToken t JOIN FETCH t.person WHERE t.token.tokenHash = :hash")
@NamedQuery(name = "AccountToken.usableOf",
        query = "SELECT t FROM AccountToken t WHERE t.person = :person AND t.purpose = :purpose"
                + " AND t.token.usedAt IS NULL AND t.token.expiresAt > :now")
public class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TokenPurpose purpose;

    @Embedded
    private SingleUseToken token;

    @Column(name = "new_email", updatable = false)
    private String newEmail;

    protected AccountToken() {
        // for JPA
    }

    public AccountToken(Person person, TokenPurpose purpose, TokenHash hash, Instant now) {
        this.person = Objects.requireNonNull(person, "person");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.token = new SingleUseToken(hash, now, purpose.validity());
    }

    /** A link that moves {@code person} to {@code newAddress} once it is followed. */
    public static AccountToken forEmailChange(Person person, EmailAddress newAddress, TokenHash hash, Instant now) {
        AccountToken change = new AccountToken(person, TokenPurpose.EMAIL_CHANGE, hash, now);
        change.newEmail = newAddress.value();
        return change;
    }

    /**
     * Uses the link up.
     *
     * @throws InvalidLinkException when it is not for {@code expected}, was used, or has expired
     */
    public void consume(TokenPurpose expected, Instant now) {
        if (purpose != expected) {
            throw InvalidLinkException.unknown();
        }
        token.consume(now);
    }

    /** Ends a link that a newer one replaces. */
    public void withdraw(Instant now) {
        token.withdraw(now);
    }

    public Long id() { return id; }
    public Person person() { return person; }
    public TokenPurpose purpose() { return purpose; }
    public SingleUseToken token() { return token; }
    public Optional<EmailAddress> newEmail() { return Optional.ofNullable(newEmail).map(EmailAddress::of); }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AccountToken that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(purpose, token.createdAt());
    }

    @Override
    public String toString() {
        return "AccountToken[" + id + " " + purpose + "]";
    }
}
