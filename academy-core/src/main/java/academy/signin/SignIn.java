package academy.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.account.EmailAddress;
import academy.account.PasswordChanged;
import academy.account.PasswordHash;
import academy.account.PasswordHashing;
import academy.account.PasswordPolicy;
import academy.account.People;
import academy.account.Person;
import academy.account.PersonStatus;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.practice.Membership;
import academy.practice.Practices;
import academy.shared.AccessDeniedException;
import academy.shared.Actor;

/**
 * Signs people in and tells the web layer who they are. For Jakarta Security, a custom
 * {@code IdentityStore} calls {@link #signIn} and turns {@link SignedIn} into a
 * {@code CredentialValidationResult} (caller name = person id, groups = {@link SignedIn#groupNames()});
 * each request then builds its {@link Actor} with {@link #callerFor}, so roles and memberships taken
 * away take effect at once.
 *
 * <p>Refusals are exceptions, yet the transaction still commits (see {@code dontRollbackOn}): the
 * attempt row and the audit entry of a failure must be kept, or the throttle would count nothing.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {SignInRefusedException.class, SignInThrottledException.class})
public class SignIn {

    static final AuditAction SUCCEEDED = new AuditAction("signin.succeeded");
    static final AuditAction FAILED = new AuditAction("signin.failed");
    static final AuditAction THROTTLED = new AuditAction("signin.throttled");

    /** Why an attempt failed, as the audit trail records it (never shown to the person). */
    enum FailureReason { UNKNOWN_ACCOUNT, WRONG_PASSWORD, NO_PASSWORD_YET, EMAIL_NOT_CONFIRMED, SUSPENDED, MALFORMED }

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Practices practices;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Checks the email address and password, after the throttle allows an attempt; upgrades an
     * old password hash on success; records and audits every attempt.
     *
     * @throws SignInThrottledException when too many attempts failed recently (the password was not even checked)
     * @throws SignInRefusedException   when the address and password do not match an active account; the
     *                                  message only says more (unconfirmed address, suspended) when the password was right
     */
    public SignedIn signIn(String email, String password, String clientAddress) {
        Actor anonymous = Actor.anonymous(clientAddress);
        String key = accountKey(email);
        Instant now = clock.instant();
        Duration wait = new SignInThrottle(clock).waitBefore(accountAttempts(key, now), addressFailures(anonymous.clientAddress(), now));
        if (!wait.isZero()) {
            em.persist(new SignInAttempt(key, anonymous.clientAddress(), SignInAttempt.Outcome.THROTTLED, now));
            audit.record(anonymous, THROTTLED, new AuditSubject("email", key), "wait " + wait.toSeconds() + " s");
            throw new SignInThrottledException(wait);
        }
        if (password == null || password.isEmpty() || password.length() > PasswordPolicy.MAX_LENGTH * 2) {
            throw fail(anonymous, key, FailureReason.MALFORMED, Optional.empty(), SignInRefusedException.WRONG_CREDENTIALS);
        }
        Optional<Person> found = EmailAddress.parse(email).flatMap(people::findByEmail);
        Optional<PasswordHash> stored = found.flatMap(Person::password);
        if (stored.isEmpty()) {
            // Spend the time a real check takes, so timing does not reveal which addresses have accounts.
            hashing.verifyAgainstNothing(password);
            FailureReason reason = found.isPresent() ? FailureReason.NO_PASSWORD_YET : FailureReason.UNKNOWN_ACCOUNT;
            throw fail(anonymous, key, reason, found, SignInRefusedException.WRONG_CREDENTIALS);
        }
        Person person = found.get();
        if (!hashing.verify(password, stored.get())) {
            throw fail(anonymous, key, FailureReason.WRONG_PASSWORD, found, SignInRefusedException.WRONG_CREDENTIALS);
        }
        if (person.status() == PersonStatus.UNVERIFIED) {
            throw fail(anonymous, key, FailureReason.EMAIL_NOT_CONFIRMED, found, "Please confirm your email address "
                    + "first: open the link in the email we sent when you registered. It may be in your junk mail.");
        }
        if (!person.canSignIn()) {
            throw fail(anonymous, key, FailureReason.SUSPENDED, found,
                    "This account is suspended. Please contact your practice manager or the Academy team.");
        }
        if (hashing.needsRehash(stored.get())) {
            person.changePassword(hashing.hash(password));
        }
        em.persist(new SignInAttempt(key, anonymous.clientAddress(), SignInAttempt.Outcome.SUCCEEDED, now));
        List<Membership> active = practices.activeMembershipsOf(person.id());
        Set<Group> groups = Group.of(person, active);
        audit.record(actorOf(person, active, anonymous.clientAddress()), SUCCEEDED, AuditSubject.of("person", person.id()),
                groups.stream().map(Group::groupName).sorted().collect(Collectors.joining(",")));
        return new SignedIn(person.id(), person.displayName(), person.email(), groups);
    }

    /** Who is acting in one request and the groups they are in, from one look-up of the person and their memberships. */
    public record Caller(Actor actor, Set<Group> groups) {
    }

    /**
     * The acting person for one request, with their roles and the practices they manage as they are
     * now, and their groups ({@link #groupsOf}), from one reading of the person and their memberships.
     *
     * @throws AccessDeniedException when the person can no longer sign in (suspended since the session began)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Caller callerFor(long personId, String clientAddress) {
        Person person = people.findPerson(personId).filter(Person::canSignIn)
                .orElseThrow(() -> new AccessDeniedException("Your account can no longer sign in. Please sign in again."));
        List<Membership> active = practices.activeMembershipsOf(personId);
        return new Caller(actorOf(person, active, clientAddress), Set.copyOf(Group.of(person, active)));
    }

    /** The person's groups as they are now (for re-checking a long session). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Group> groupsOf(long personId) {
        return people.findPerson(personId).filter(Person::canSignIn)
                .map(person -> Group.of(person, practices.activeMembershipsOf(personId)))
                .orElse(Set.of());
    }

    /** Deletes attempts the throttle no longer looks at (the audit trail keeps the record); for a daily job. */
    public int forgetAttemptsBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM SignInAttempt a WHERE a.attemptedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    /** A new password proves the person: earlier failures on the account no longer count. */
    void forgetFailures(@Observes PasswordChanged changed) {
        em.persist(new SignInAttempt(changed.email().normalised(), Actor.anonymous(changed.clientAddress()).clientAddress(),
                SignInAttempt.Outcome.PASSWORD_CHANGED, clock.instant()));
    }

    private SignInRefusedException fail(Actor anonymous, String key, FailureReason reason, Optional<Person> person,
                                        String message) {
        em.persist(new SignInAttempt(key, anonymous.clientAddress(), SignInAttempt.Outcome.FAILED, clock.instant()));
        AuditSubject subject = person.map(p -> AuditSubject.of("person", p.id())).orElse(new AuditSubject("email", key));
        audit.record(anonymous, FAILED, subject, reason.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return new SignInRefusedException(message);
    }

    private List<SignInThrottle.Attempt> accountAttempts(String key, Instant now) {
        return em.createQuery("SELECT a FROM SignInAttempt a WHERE a.accountKey = :key AND a.attemptedAt > :since"
                        + " AND a.outcome <> academy.signin.SignInAttempt.Outcome.THROTTLED ORDER BY a.attemptedAt DESC",
                        SignInAttempt.class)
                .setParameter("key", key).setParameter("since", now.minus(SignInThrottle.MEMORY))
                .setMaxResults(200).getResultList().stream().map(SignInAttempt::asAttempt).toList();
    }

    private List<Instant> addressFailures(String clientAddress, Instant now) {
        return em.createQuery("SELECT a FROM SignInAttempt a WHERE a.clientAddress = :address"
                        + " AND a.attemptedAt > :since AND a.outcome = academy.signin.SignInAttempt.Outcome.FAILED"
                        + " ORDER BY a.attemptedAt DESC", SignInAttempt.class)
                .setParameter("address", clientAddress).setParameter("since", now.minus(SignInThrottle.ADDRESS_WINDOW))
                .setMaxResults(SignInThrottle.FREE_ADDRESS_FAILURES).getResultList()
                .stream().map(SignInAttempt::attemptedAt).toList();
    }

    private static Actor actorOf(Person person, List<Membership> active, String clientAddress) {
        Set<Long> managed = active.stream().filter(Membership::isManager).map(Membership::practiceId)
                .collect(Collectors.toUnmodifiableSet());
        return Actor.person(person.id(), person.displayName(), person.systemRoles(), managed, clientAddress);
    }

    /** The throttle's key for what was typed: the lower-cased address, valid or not (capped at 254 characters). */
    static String accountKey(String typed) {
        String key = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }
}
