package academy.learning.reminder;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import academy.shared.mail.Mailer;

/**
 * A learner's private iCalendar feed of their own assigned training's due days,
 * {@code /calendar/{secret}.ics}: made, renewed (the old address stops working) and turned off on
 * the account page. Only the secret's hash is stored, so the address is shown once, when it is made.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    public static final AuditAction CHANGED = new AuditAction("learning.calendar-changed");
    /** The feed's address: this, the secret, then {@link #SUFFIX}. */
    public static final String PATH = "/calendar/";
    public static final String SUFFIX = ".ics";
    static final int MAX_EVENTS = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    ReminderRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /** When the signed-in person's current address was made, if they have one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> madeAt(Actor actor) {
        return Optional.ofNullable(em.find(CalendarFeed.class, signedIn(actor))).map(CalendarFeed::createdAt);
    }

    /** A new address for the signed-in person (the old one, if any, stops working); answers the whole address, shown once. */
    public String renew(Actor actor) {
        long personId = signedIn(actor);
        em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        SecretToken token = SecretToken.generate(RANDOM);
        Instant now = clock.instant();
        CalendarFeed feed = em.find(CalendarFeed.class, personId);
        if (feed == null) {
            em.persist(new CalendarFeed(personId, token.hash(), now));
        } else {
            feed.renew(token.hash(), now);
        }
        audit.record(actor, CHANGED, new AuditSubject("person", Long.toString(personId)), Optional.empty(),
                feed == null ? "Calendar address made" : "Calendar address renewed; the old one stops working");
        return mailer.link(PATH + token.value() + SUFFIX);
    }

    /** Turns the signed-in person's address off; false when there was none. */
    public boolean revoke(Actor actor) {
        long personId = signedIn(actor);
        CalendarFeed feed = em.find(CalendarFeed.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (feed == null) {
            return false;
        }
        em.remove(feed);
        audit.record(actor, CHANGED, new AuditSubject("person", Long.toString(personId)), Optional.empty(),
                "Calendar address turned off");
        return true;
    }

    /** The feed behind a presented secret: the person's open, unfulfilled assigned training; empty when the secret is no address's. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<String> feed(String presentedSecret) {
        if (presentedSecret == null || presentedSecret.isBlank() || presentedSecret.length() > 100) {
            return Optional.empty();
        }
        List<CalendarFeed> found = em.createQuery("SELECT f FROM CalendarFeed f WHERE f.tokenHash = :hash", CalendarFeed.class)
                .setParameter("hash", TokenHash.ofPresented(presentedSecret).hex()).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String link = mailer.link(ReminderMail.MY_LEARNING);
        String host = java.net.URI.create(link).getHost();
        List<ICalendar.Event> events = records.openItemsOf(found.get(0).personId(), now, MAX_EVENTS).stream()
                .map(item -> new ICalendar.Event("assignment-item-" + item.id() + "@" + (host == null ? "academy" : host),
                        item.dueOn(), "Training due: " + item.title() + (item.mandatory() ? " (mandatory)" : ""),
                        "Assigned by " + item.assignedBy() + ". Take it on My learning: " + link, link))
                .toList();
        return Optional.of(ICalendar.of("Training due dates", events, now));
    }

    private static long signedIn(Actor actor) {
        return actor.personId().orElseThrow(() -> new AccessDeniedException("Sign in to manage your calendar address."));
    }
}
