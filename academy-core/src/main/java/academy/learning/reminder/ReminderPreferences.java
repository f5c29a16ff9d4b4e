package academy.learning.reminder;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.account.Person;
import academy.account.SecretToken;
import academy.account.TokenHash;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.shared.AccessDeniedException;
import academy.shared.Actor;

/**
 * A learner's choice of reminders (the profile page), and the unsubscribe links of reminder mails,
 * which work without signing in: a link names its person only through the hash of its secret, and
 * using it changes that one choice, to {@link ReminderMode#MANDATORY_OVERDUE_ONLY}.
 */
@ApplicationScoped
@Transactional
public class ReminderPreferences {

    public static final AuditAction CHOSEN = new AuditAction("learning.reminders-chosen");
    /** Where an unsubscribe link points; GET shows a confirmation page, POST (RFC 8058 one-click) unsubscribes. */
    public static final String UNSUBSCRIBE_PATH = "/reminders/unsubscribe";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Whose link it is, and their choice now: what the confirmation page shows. */
    public record Unsubscribing(String displayName, ReminderMode mode) {
    }

    public ReminderMode modeOf(Actor actor) {
        return modeOf(signedIn(actor));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    ReminderMode modeOf(long personId) {
        return Optional.ofNullable(em.find(ReminderPreference.class, personId)).map(ReminderPreference::mode)
                .orElse(ReminderMode.EACH);
    }

    public ReminderMode choose(Actor actor, ReminderMode mode) {
        if (mode == null) {
            throw new academy.shared.InvalidRequestException("Choose how you want to be reminded.");
        }
        long personId = signedIn(actor);
        set(personId, mode, clock.instant());
        audit.record(actor, CHOSEN, new AuditSubject("person", Long.toString(personId)), Optional.empty(),
                "Reminders: " + mode.label());
        return mode;
    }

    /** The link's person and their choice, if the presented secret is a link's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Unsubscribing> lookUp(String presentedToken) {
        return link(presentedToken).map(link -> em.find(Person.class, link.personId()))
                .map(person -> new Unsubscribing(person.displayName(), modeOf(person.id())));
    }

    /** Unsubscribes the link's person from all but mandatory overdue notices; false when the link is unknown. */
    public boolean unsubscribe(String presentedToken) {
        Optional<UnsubscribeLink> link = link(presentedToken);
        if (link.isEmpty()) {
            return false;
        }
        long personId = link.get().personId();
        Person person = set(personId, ReminderMode.MANDATORY_OVERDUE_ONLY, clock.instant());
        audit.record(Actor.system(), CHOSEN, new AuditSubject("person", Long.toString(personId)), Optional.empty(),
                "Reminders: " + ReminderMode.MANDATORY_OVERDUE_ONLY.label() + " (unsubscribe link in a mail to "
                        + person.displayName() + ")");
        return true;
    }

    /** A new unsubscribe link's secret for a mail to the person; only its hash is stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    SecretToken newLink(long personId, Instant now) {
        SecretToken token = SecretToken.generate(RANDOM);
        em.persist(new UnsubscribeLink(token.hash(), personId, now));
        return token;
    }

    private Optional<UnsubscribeLink> link(String presentedToken) {
        if (presentedToken == null || presentedToken.isBlank() || presentedToken.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(UnsubscribeLink.class, TokenHash.ofPresented(presentedToken.strip()).hex()));
    }

    /** Sets the choice on the person's locked row, so two first choices at once make one row. */
    private Person set(long personId, ReminderMode mode, Instant now) {
        Person person = em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        ReminderPreference preference = em.find(ReminderPreference.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (preference == null) {
            em.persist(new ReminderPreference(personId, mode, now));
        } else {
            preference.choose(mode, now);
        }
        return person;
    }

    private static long signedIn(Actor actor) {
        return actor.personId().orElseThrow(() -> new AccessDeniedException("Sign in to choose your reminders."));
    }
}
