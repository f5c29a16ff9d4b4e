package academy.account;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.RequiredText;
import academy.shared.SystemRole;

/**
 * Someone with an account: a member of practice staff, a PPG member, an assessor or an
 * administrator (or several of these over time). Identified by a number; the email address is
 * unique without regard to case and can change (after the new address is confirmed). People are
 * never deleted: memberships, completions and the audit trail refer to them.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.byEmail", query = "SELECT p FROM Person p WHERE p.emailLower = :email")
@NamedQuery(name = "Person.holdingRole",
        query = "SELECT p FROM Person p JOIN p.systemRoles r WHERE r = :role ORDER BY p.displayName")
public class Person {

    static final int MAX_NAME_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    // A stored lower-cased copy carries the unique constraint: portable where an index on lower() is not.
    @Column(name = "email_lower", nullable = false, unique = true)
    private String emailLower;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PersonStatus status;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    // Lazy: lists of people (the training matrix, rosters) must not read every person's roles.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_system_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<SystemRole> systemRoles = new HashSet<>();

    protected Person() {
        // for JPA
    }

    private Person(String displayName, EmailAddress email, PersonStatus status, PasswordHash password, Instant createdAt) {
        this.displayName = requireName(displayName);
        adopt(email);
        this.status = status;
        this.passwordHash = password == null ? null : password.format();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Someone who accepted an invitation: the mailed link proved the address, so they can sign in at once. */
    public static Person confirmed(String displayName, EmailAddress email, PasswordHash password, Instant now) {
        return new Person(displayName, email, PersonStatus.ACTIVE, Objects.requireNonNull(password, "password"), now);
    }

    /** Someone who registered themselves: they can sign in once they confirm their email address. */
    public static Person registered(String displayName, EmailAddress email, PasswordHash password, Instant now) {
        return new Person(displayName, email, PersonStatus.UNVERIFIED, Objects.requireNonNull(password, "password"), now);
    }

    /** Someone an administrator created (an assessor): they choose a password from a mailed link. */
    public static Person awaitingSetUp(String displayName, EmailAddress email, Instant now) {
        return new Person(displayName, email, PersonStatus.INVITED, null, now);
    }

    /**
     * A person's name, tidied (spaces trimmed and collapsed).
     *
     * @throws InvalidRequestException when it is empty, too long or contains control characters
     */
    public static String requireName(String name) {
        // Runs of white space inside a name become one space.
        String trimmed = RequiredText.require(name == null ? null : name.replaceAll("\\s+", " "), MAX_NAME_LENGTH,
                "Please enter a name.", "A name can have at most " + MAX_NAME_LENGTH + " characters.");
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("A name cannot contain control characters.");
        }
        return trimmed;
    }

    private void adopt(EmailAddress address) {
        this.email = address.value();
        this.emailLower = address.normalised();
    }

    /** Only active accounts with a password can sign in. */
    public boolean canSignIn() {
        return status == PersonStatus.ACTIVE && passwordHash != null;
    }

    public void rename(String newName) {
        this.displayName = requireName(newName);
    }

    /** Takes a new address, once the person proved they receive mail there. */
    public void changeEmail(EmailAddress newAddress) {
        adopt(newAddress);
    }

    /** Stores a new password (changed, reset, or re-hashed at a higher cost). */
    public void changePassword(PasswordHash newPassword) {
        this.passwordHash = Objects.requireNonNull(newPassword, "newPassword").format();
    }

    /**
     * The person proved they receive mail at their address (a confirmation, set-up or reset
     * link): a waiting account becomes active.
     *
     * @throws ConflictException for a suspended account
     */
    public void confirmEmail() {
        if (status == PersonStatus.SUSPENDED) {
            throw new ConflictException("This account is suspended. Please contact an administrator.");
        }
        status = PersonStatus.ACTIVE;
    }

    public void suspend() {
        status = PersonStatus.SUSPENDED;
    }

    /** Lifts a suspension; the account is active again if it has a password, otherwise it waits for one. */
    public void reinstate() {
        if (status == PersonStatus.SUSPENDED) {
            status = passwordHash == null ? PersonStatus.INVITED : PersonStatus.ACTIVE;
        }
    }

    public void grant(SystemRole role) {
        systemRoles.add(Objects.requireNonNull(role, "role"));
    }

    public void revoke(SystemRole role) {
        systemRoles.remove(role);
    }

    public Long id() { return id; }
    public String displayName() { return displayName; }
    public EmailAddress email() { return EmailAddress.of(email); }
    public PersonStatus status() { return status; }
    public Optional<PasswordHash> password() { return Optional.ofNullable(passwordHash).map(PasswordHash::parse); }
    public Instant createdAt() { return createdAt; }
    public boolean holds(SystemRole role) { return systemRoles.contains(role); }

    public Set<SystemRole> systemRoles() {
        return systemRoles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(systemRoles));
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Person person && id != null && id.equals(person.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(createdAt);
    }

    @Override
    public String toString() {
        return "Person[" + id + " " + emailLower + " " + status + "]";
    }
}
