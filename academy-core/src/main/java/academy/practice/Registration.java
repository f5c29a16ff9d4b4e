package academy.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.EmailAddress;
import academy.account.InvalidLinkException;
import academy.account.PasswordHashing;
import academy.account.PasswordPolicy;
import academy.account.PasswordReset;
import academy.account.People;
import academy.account.Person;
import academy.account.PersonStatus;
import academy.account.SecretToken;
import academy.account.TokenPurpose;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.mail.MailMessage;
import academy.shared.mail.Mailer;

/**
 * How people join practices: staff by accepting a manager's invitation (the mailed link proves
 * their address, so the account is active at once), PPG members by registering with the
 * practice's join code (they confirm their address by a mailed link, and a manager approves them;
 * until then the membership grants nothing). Someone who already has an account joins while
 * signed in, with the {@link Actor} variants.
 */
@ApplicationScoped
@Transactional
public class Registration {

    /** The page an email-confirmation link opens; it takes {@code ?token=}. */
    public static final String CONFIRM_EMAIL_PAGE = "/account/confirm-email-address.xhtml";

    static final AuditAction INVITATION_ACCEPTED = new AuditAction("invitation.accepted");
    static final AuditAction APPLIED = new AuditAction("membership.applied");
    static final AuditAction REGISTERED = new AuditAction("person.registered");
    static final AuditAction EMAIL_CONFIRMED = new AuditAction("person.email-confirmed");

    static final String WRONG_JOIN_CODE = "That join code is not right. Please check it with your practice: "
            + "it has eight letters and numbers, such as K7QM-2XHD.";

    @Inject
    Practices practices;

    @Inject
    People people;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    Event<MembershipChanged> membershipChanged;

    /**
     * What an invitation link is for, checked but not used up.
     *
     * @throws InvalidLinkException when the link is unknown, used, revoked or expired
     */
    public InvitationDetails checkInvitation(String token) {
        Invitation invitation = practices.invitationByToken(token, false);
        invitation.token().checkUsableAt(clock.instant());
        Practice practice = invitation.practice();
        return new InvitationDetails(practice.name(), practice.odsCode(), invitation.displayName(),
                invitation.email().value(), invitation.jobRole(), invitation.expiresAt(),
                people.findByEmail(invitation.email()).isPresent());
    }

    /**
     * Accepts an invitation for someone new: creates their (active) account with the name and
     * password they chose, and their membership. The caller signs them in afterwards.
     *
     * @throws InvalidLinkException                    when the link is unknown, used, revoked or expired
     * @throws ConflictException                       when the address already has an account (sign in, then accept)
     *                                                 or the practice was archived
     * @throws academy.account.WeakPasswordException when the password does not meet the policy
     */
    public Person acceptInvitation(String token, String displayName, String password, String clientAddress) {
        Invitation invitation = practices.invitationByToken(token, true);
        Instant now = clock.instant();
        invitation.token().checkUsableAt(now);
        if (people.findByEmail(invitation.email()).isPresent()) {
            throw new ConflictException("You already have an Academy account with " + invitation.email()
                    + ". Please sign in, then open the invitation link again.");
        }
        String name = Person.requireName(displayName);
        policy.check(password, name, invitation.email());
        Person person = people.add(Person.confirmed(name, invitation.email(), hashing.hash(password), now));
        join(invitation, person, now, Actor.person(person.id(), person.displayName(), Set.of(), Set.of(), clientAddress));
        return person;
    }

    /**
     * Accepts an invitation as the signed-in person it was sent to (staff moving practice, or
     * someone joining a second one).
     *
     * @throws InvalidLinkException when the link is unknown, used, revoked or expired, or was sent
     *                              to another address than the actor's
     */
    public Membership acceptInvitation(Actor actor, String token) {
        Invitation invitation = practices.invitationByToken(token, true);
        Person person = people.getPerson(actor.requirePersonId());
        if (!person.email().equals(invitation.email())) {
            throw new InvalidLinkException("This invitation was sent to another email address. "
                    + "Please sign in with the account for the address it was sent to.");
        }
        Instant now = clock.instant();
        invitation.token().checkUsableAt(now);
        return join(invitation, person, now, actor);
    }

    private Membership join(Invitation invitation, Person person, Instant now, Actor actor) {
        Practice practice = practices.lock(invitation.practice());
        practice.requireActive();
        Optional<Membership> open = practices.openMembership(person, practice);
        if (open.filter(Membership::isActive).isPresent()) {
            throw new ConflictException("You are already a member of " + practice.name() + ".");
        }
        // A pending PPG application gives way to the manager's invitation, which is the stronger word.
        open.ifPresent(pending -> pending.reject(now));
        invitation.accept(person.id(), now);
        Membership membership = practices.add(Membership.invited(person, practice, invitation.jobRole(), now));
        membershipChanged.fire(MembershipChanged.started(membership));
        audit.record(actor, INVITATION_ACCEPTED, AuditSubject.of("invitation", invitation.id()), Optional.of(practice.id()),
                invitation.jobRole().slug());
        return membership;
    }

    /**
     * Registers a new PPG member with the practice's join code: an unconfirmed account, a
     * confirmation link by mail, and a pending membership for the manager to approve. When the
     * address already has an account, its owner is told by mail instead and nothing else
     * happens; the caller shows the same "check your email" page either way, so nobody learns
     * which addresses have accounts.
     *
     * @throws InvalidRequestException                 when the join code is wrong (or its practice archived)
     * @throws academy.account.WeakPasswordException when the password does not meet the policy
     */
    public void applyWithJoinCode(String joinCode, String displayName, String email, String password,
                                  String clientAddress) {
        Practice practice = practiceWithJoinCode(joinCode);
        EmailAddress address = EmailAddress.of(email);
        String name = Person.requireName(displayName);
        Actor anonymous = Actor.anonymous(clientAddress);
        Optional<Person> existing = people.findByEmail(address);
        if (existing.isPresent()) {
            tellOwnerTheyHaveAnAccount(existing.get(), practice);
            audit.record(anonymous, APPLIED, new AuditSubject("email", address.normalised()), Optional.of(practice.id()),
                    "address already has an account; owner told by mail");
            return;
        }
        policy.check(password, name, address);
        Instant now = clock.instant();
        Person person = people.add(Person.registered(name, address, hashing.hash(password), now));
        practices.lock(practice);
        Membership membership = practices.add(Membership.applied(person, practice, now));
        SecretToken token = people.issueToken(person, TokenPurpose.EMAIL_VERIFICATION);
        mailer.send(new MailMessage(address.value(), "Please confirm your email address for the Academy", String.join("\n",
                "Hello " + name + ",",
                "",
                "Thank you for registering with the Academy as a member of " + practice.name() + "'s",
                "Patient Participation Group. Please confirm your email address by opening this link",
                "within the next 7 days:",
                "",
                mailer.link(CONFIRM_EMAIL_PAGE, token.value()),
                "",
                "The practice will then confirm your membership; we will email you when it has.",
                "If you did not register, you can ignore this email.",
                "",
                "The Academy team")));
        Actor newcomer = Actor.person(person.id(), name, Set.of(), Set.of(), clientAddress);
        audit.record(newcomer, REGISTERED, AuditSubject.of("person", person.id()), Optional.of(practice.id()), "PPG applicant");
        audit.record(newcomer, APPLIED, AuditSubject.of("membership", membership.id()), Optional.of(practice.id()), "");
    }

    /**
     * Applies, as the signed-in person, to join a practice's PPG with its join code; the manager decides.
     *
     * @throws InvalidRequestException when the join code is wrong
     * @throws ConflictException       when the actor already belongs to (or has applied to) the practice
     */
    public Membership applyWithJoinCode(Actor actor, String joinCode) {
        Practice practice = practices.lock(practiceWithJoinCode(joinCode));
        Person person = people.getPerson(actor.requirePersonId());
        if (practices.openMembership(person, practice).isPresent()) {
            throw new ConflictException("You already belong to " + practice.name() + ", or have applied to.");
        }
        Membership membership = practices.add(Membership.applied(person, practice, clock.instant()));
        audit.record(actor, APPLIED, AuditSubject.of("membership", membership.id()), Optional.of(practice.id()), "");
        return membership;
    }

    /**
     * Confirms a self-registered person's address from the mailed link; they can sign in from now
     * on (their PPG membership still waits for the manager).
     *
     * @throws InvalidLinkException when the link is unknown, used or expired
     */
    public Person confirmEmail(String token, String clientAddress) {
        Person person = people.redeem(token, TokenPurpose.EMAIL_VERIFICATION).person();
        person.confirmEmail();
        audit.record(Actor.person(person.id(), person.displayName(), person.systemRoles(), Set.of(), clientAddress),
                EMAIL_CONFIRMED, AuditSubject.of("person", person.id()), "");
        return person;
    }

    private Practice practiceWithJoinCode(String typed) {
        return JoinCode.parse(typed).flatMap(practices::findByJoinCode).filter(Practice::isActive)
                .orElseThrow(() -> new InvalidRequestException(WRONG_JOIN_CODE));
    }

    private void tellOwnerTheyHaveAnAccount(Person owner, Practice practice) {
        StringBuilder body = new StringBuilder(String.join("\n",
                "Hello " + owner.displayName() + ",",
                "",
                "Someone (we hope you) tried to register with the Academy for " + practice.name() + "'s",
                "Patient Participation Group using this email address. You already have an account, so",
                "nothing new was created.",
                "",
                "To join the group, sign in and enter the practice's join code on your profile page:",
                mailer.link("/"),
                "If you have forgotten your password, you can reset it here:",
                mailer.link(PasswordReset.FORGOT_PAGE),
                ""));
        if (owner.status() == PersonStatus.UNVERIFIED) {
            SecretToken token = people.issueToken(owner, TokenPurpose.EMAIL_VERIFICATION);
            body.append(String.join("\n",
                    "You have not confirmed your email address yet. To confirm it, open this link:",
                    mailer.link(CONFIRM_EMAIL_PAGE, token.value()),
                    ""));
        }
        body.append(String.join("\n", "If this was not you, you can ignore this email.", "", "The Academy team"));
        mailer.send(new MailMessage(owner.email().value(), "You already have an Academy account", body.toString()));
    }
}
