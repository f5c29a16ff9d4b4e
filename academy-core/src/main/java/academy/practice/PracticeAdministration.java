package academy.practice;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.EmailAddress;
import academy.account.PasswordReset;
import academy.account.People;
import academy.account.Person;
import academy.account.SecretToken;
import academy.account.TokenPurpose;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.shared.SystemRole;
import academy.shared.mail.MailMessage;
import academy.shared.mail.Mailer;

/**
 * What administrators do with practices and people: create, describe, archive and reinstate
 * practices; appoint assessors and administrators; suspend and reinstate accounts. Every method
 * requires an administrator ({@link academy.shared.AccessDeniedException} otherwise) and is
 * audited. To give a new practice its first manager, an administrator uses
 * {@link Roster#invite} with {@link JobRole#PRACTICE_MANAGER} (administrators may manage any roster).
 */
@ApplicationScoped
@Transactional
public class PracticeAdministration {

    static final AuditAction PRACTICE_CREATED = new AuditAction("practice.created");
    static final AuditAction PRACTICE_DESCRIBED = new AuditAction("practice.described");
    static final AuditAction PRACTICE_ARCHIVED = new AuditAction("practice.archived");
    static final AuditAction PRACTICE_REINSTATED = new AuditAction("practice.reinstated");
    static final AuditAction ROLE_GRANTED = new AuditAction("person.role-granted");
    static final AuditAction ROLE_REVOKED = new AuditAction("person.role-revoked");
    static final AuditAction APPOINTED = new AuditAction("person.appointed");
    static final AuditAction SUSPENDED = new AuditAction("person.suspended");
    static final AuditAction REINSTATED = new AuditAction("person.reinstated");

    @Inject
    Practices practices;

    @Inject
    People people;

    @Inject
    PracticeAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /**
     * Adds a practice, with a fresh join code.
     *
     * @throws academy.shared.InvalidRequestException when the ODS code or details are not valid
     * @throws ConflictException                      when a practice with that ODS code exists
     */
    public Practice createPractice(Actor actor, String odsCode, PracticeDetails details) {
        access.requireAdministrator(actor);
        OdsCode code = OdsCode.of(odsCode);
        if (practices.findByOdsCode(code).isPresent()) {
            throw new ConflictException("A practice with the code " + code + " already exists.");
        }
        Practice practice = practices.add(new Practice(code, details, practices.unusedJoinCode(), clock.instant()));
        audit.record(actor, PRACTICE_CREATED, subject(practice), Optional.of(practice.id()), practice.name());
        return practice;
    }

    public Practice describePractice(Actor actor, long practiceId, PracticeDetails details) {
        access.requireAdministrator(actor);
        Practice practice = practices.getPractice(practiceId);
        practice.describe(details);
        audit.record(actor, PRACTICE_DESCRIBED, subject(practice), Optional.of(practiceId), practice.name());
        return practice;
    }

    /**
     * Sets where the public register says the practice is; its other details stay.
     *
     * @throws academy.shared.NotFoundException when no practice has the code
     * @throws academy.shared.InvalidRequestException when the code or the locality is not acceptable
     */
    public Practice relocate(Actor actor, String odsCode, String locality) {
        access.requireAdministrator(actor);
        Practice practice = practices.findByOdsCode(OdsCode.of(odsCode))
                .orElseThrow(() -> new academy.shared.NotFoundException("No practice has the code " + odsCode.strip() + "."));
        if (locality == null || locality.isBlank()) {
            throw new academy.shared.InvalidRequestException("Please enter the locality.");
        }
        PracticeDetails details = practice.details();
        practice.describe(new PracticeDetails(details.name(), details.pcn(), details.address(), locality));
        audit.record(actor, PRACTICE_DESCRIBED, subject(practice), Optional.of(practice.id()),
                practice.name() + ": locality " + practice.locality());
        return practice;
    }

    /** The practice leaves the academy; its members keep their history but it takes no new ones. */
    public Practice archivePractice(Actor actor, long practiceId) {
        access.requireAdministrator(actor);
        Practice practice = practices.getPractice(practiceId);
        practice.archive();
        audit.record(actor, PRACTICE_ARCHIVED, subject(practice), Optional.of(practiceId), "");
        return practice;
    }

    public Practice reinstatePractice(Actor actor, long practiceId) {
        access.requireAdministrator(actor);
        Practice practice = practices.getPractice(practiceId);
        practice.reinstate();
        audit.record(actor, PRACTICE_REINSTATED, subject(practice), Optional.of(practiceId), "");
        return practice;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Practice getPractice(Actor actor, long practiceId) {
        access.requireAdministrator(actor);
        return practices.getPractice(practiceId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Practice> findPractices(Actor actor, Practices.Filter filter, PageRequest page) {
        access.requireAdministrator(actor);
        return practices.find(filter, page);
    }

    /** People whose name or address contains the text, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Person> findPeople(Actor actor, Optional<String> text, PageRequest page) {
        access.requireAdministrator(actor);
        return people.find(text.map(String::strip).filter(t -> !t.isEmpty()), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Person getPerson(Actor actor, long personId) {
        access.requireAdministrator(actor);
        return people.getPerson(personId);
    }

    /** Every membership the person ever held, newest first: where they work now and worked before. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> membershipHistory(Actor actor, long personId) {
        access.requireAdministrator(actor);
        return practices.membershipsOfPerson(personId);
    }

    /**
     * Makes someone an assessor or administrator. A new address gets an account that waits for
     * its owner to choose a password (a set-up link valid for seven days); an existing account
     * just gains the role. Either way the person is told by mail.
     */
    public Person appoint(Actor actor, String displayName, String email, SystemRole role) {
        access.requireAdministrator(actor);
        EmailAddress address = EmailAddress.of(email);
        Optional<Person> existing = people.findByEmail(address);
        Person person = existing.orElseGet(() -> people.add(Person.awaitingSetUp(displayName, address, clock.instant())));
        person.grant(role);
        String roleName = role == SystemRole.ASSESSOR ? "an assessor" : "an administrator";
        if (existing.isPresent()) {
            mailer.send(new MailMessage(person.email().value(), "You are now " + roleName + " at the Academy", String.join("\n",
                    "Hello " + person.displayName() + ",",
                    "",
                    actor.displayName() + " has made you " + roleName + " at the Academy.",
                    "Sign in as usual to find your new pages: " + mailer.link("/"),
                    "",
                    "The Academy team")));
        } else {
            SecretToken token = people.issueToken(person, TokenPurpose.ACCOUNT_SET_UP);
            mailer.send(new MailMessage(person.email().value(), "Your Academy account is ready to set up", String.join("\n",
                    "Hello " + person.displayName() + ",",
                    "",
                    actor.displayName() + " has made you " + roleName + " at the Academy.",
                    "To choose your password and start, open this link within the next 7 days:",
                    "",
                    mailer.link(PasswordReset.SET_UP_PAGE, token.value()),
                    "",
                    "The link works once. If you were not expecting this, you can ignore this email.",
                    "",
                    "The Academy team")));
        }
        audit.record(actor, APPOINTED, AuditSubject.of("person", person.id()), role.name()
                + (existing.isPresent() ? " (existing account)" : " (new account, set-up link mailed)"));
        return person;
    }

    public Person grantRole(Actor actor, long personId, SystemRole role) {
        access.requireAdministrator(actor);
        Person person = people.getPerson(personId);
        person.grant(role);
        audit.record(actor, ROLE_GRANTED, AuditSubject.of("person", personId), role.name());
        return person;
    }

    /**
     * @throws ConflictException when administrators would take their own administrator role away
     *                           (another administrator must, so the academy is never left without one)
     */
    public Person revokeRole(Actor actor, long personId, SystemRole role) {
        access.requireAdministrator(actor);
        if (role == SystemRole.ADMINISTRATOR && actor.personId().filter(id -> id == personId).isPresent()) {
            throw new ConflictException("You cannot take away your own administrator role; ask another administrator.");
        }
        Person person = people.getPerson(personId);
        person.revoke(role);
        audit.record(actor, ROLE_REVOKED, AuditSubject.of("person", personId), role.name());
        return person;
    }

    /** Bars the person from signing in (at their next request); their history stays. */
    public Person suspend(Actor actor, long personId, String reason) {
        access.requireAdministrator(actor);
        if (actor.personId().filter(id -> id == personId).isPresent()) {
            throw new ConflictException("You cannot suspend your own account.");
        }
        Person person = people.getPerson(personId);
        person.suspend();
        audit.record(actor, SUSPENDED, AuditSubject.of("person", personId), reason == null ? "" : reason);
        return person;
    }

    public Person reinstate(Actor actor, long personId) {
        access.requireAdministrator(actor);
        Person person = people.getPerson(personId);
        person.reinstate();
        audit.record(actor, REINSTATED, AuditSubject.of("person", personId), "");
        return person;
    }

    private static AuditSubject subject(Practice practice) {
        return new AuditSubject("practice", practice.odsCode().value());
    }
}
