package academy.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import academy.shared.ConflictException;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.shared.SystemRole;

/**
 * The repository of people and their account links. Joins the calling service's transaction;
 * does no authorisation (the services that call it do).
 */
@ApplicationScoped
@Transactional
public class People {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Clock clock;

    private final SecureRandom random = new SecureRandom();

    public Optional<Person> findByEmail(EmailAddress email) {
        return em.createNamedQuery("Person.byEmail", Person.class).setParameter("email", email.normalised())
                .getResultStream().findFirst();
    }

    /** @throws NotFoundException when nobody has that id */
    public Person getPerson(long id) {
        return findPerson(id).orElseThrow(() -> new NotFoundException("There is no such person."));
    }

    public Optional<Person> findPerson(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    /** Everyone holding the role, by name, at most {@code max} (a region has a few dozen assessors). */
    public List<Person> holding(SystemRole role, int max) {
        return em.createNamedQuery("Person.holdingRole", Person.class).setParameter("role", role).setMaxResults(max)
                .getResultList();
    }

    /**
     * Stores a new person.
     *
     * @throws ConflictException when the email address already has an account
     */
    public Person add(Person person) {
        if (findByEmail(person.email()).isPresent()) {
            throw new ConflictException("An account with the address " + person.email() + " already exists.");
        }
        em.persist(person);
        return person;
    }

    /**
     * Issues a new single-use link for {@code person}; earlier links for the same purpose stop
     * working. The returned secret goes into the mail and nowhere else.
     */
    public SecretToken issueToken(Person person, TokenPurpose purpose) {
        withdrawTokens(person, purpose);
        SecretToken secret = SecretToken.generate(random);
        em.persist(new AccountToken(person, purpose, secret.hash(), clock.instant()));
        return secret;
    }

    /** Issues a link that moves {@code person} to {@code newAddress}; earlier such links stop working. */
    public SecretToken issueEmailChange(Person person, EmailAddress newAddress) {
        withdrawTokens(person, TokenPurpose.EMAIL_CHANGE);
        SecretToken secret = SecretToken.generate(random);
        em.persist(AccountToken.forEmailChange(person, newAddress, secret.hash(), clock.instant()));
        return secret;
    }

    /** When the newest usable link of this purpose was issued, if there is one (to avoid mail floods). */
    public Optional<Instant> lastIssued(Person person, TokenPurpose purpose) {
        return usable(person, purpose).stream().map(t -> t.token().createdAt()).max(Instant::compareTo);
    }

    /**
     * Uses up the link {@code presentedToken}. Locks the row, so two clicks racing each other
     * cannot both succeed.
     *
     * @throws InvalidLinkException when there is no such link for that purpose, or it was used or expired
     */
    public AccountToken redeem(String presentedToken, TokenPurpose purpose) {
        AccountToken token = find(presentedToken, LockModeType.PESSIMISTIC_WRITE);
        token.consume(purpose, clock.instant());
        return token;
    }

    /**
     * The link {@code presentedToken}, checked but not used up (to show the page it leads to).
     *
     * @throws InvalidLinkException as {@link #redeem} would
     */
    public AccountToken peek(String presentedToken, TokenPurpose purpose) {
        AccountToken token = find(presentedToken, LockModeType.NONE);
        if (token.purpose() != purpose) {
            throw InvalidLinkException.unknown();
        }
        token.token().checkUsableAt(clock.instant());
        return token;
    }

    /** People whose name or email address contains {@code text} (any case), by name. */
    public Page<Person> find(Optional<String> text, PageRequest page) {
        String where = text.isPresent() ? " WHERE LOWER(p.displayName) LIKE :text ESCAPE '\\' OR p.emailLower LIKE :text ESCAPE '\\'" : "";
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Person p" + where, Long.class);
        TypedQuery<Person> rows = em.createQuery("SELECT p FROM Person p" + where + " ORDER BY p.displayName, p.id", Person.class);
        text.ifPresent(t -> {
            String pattern = "%" + t.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            count.setParameter("text", pattern);
            rows.setParameter("text", pattern);
        });
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList(),
                page.pageNumber(), page.pageSize(), count.getSingleResult());
    }

    private AccountToken find(String presentedToken, LockModeType lock) {
        if (presentedToken == null || presentedToken.isBlank() || presentedToken.length() > 100) {
            throw InvalidLinkException.unknown();
        }
        return em.createNamedQuery("AccountToken.byHash", AccountToken.class)
                .setParameter("hash", TokenHash.ofPresented(presentedToken.strip()).hex())
                .setLockMode(lock)
                .getResultStream().findFirst()
                .orElseThrow(InvalidLinkException::unknown);
    }

    private void withdrawTokens(Person person, TokenPurpose purpose) {
        Instant now = clock.instant();
        usable(person, purpose).forEach(t -> t.withdraw(now));
    }

    private List<AccountToken> usable(Person person, TokenPurpose purpose) {
        if (person.id() == null) {
            return List.of();
        }
        return em.createNamedQuery("AccountToken.usableOf", AccountToken.class)
                .setParameter("person", person).setParameter("purpose", purpose).setParameter("now", clock.instant())
                .getResultList();
    }
}
