package academy.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.shared.Actor;
import academy.shared.mail.MailMessage;
import academy.shared.mail.Mailer;

/**
 * Choosing a password from a mailed link: "forgot your password?" (a link valid for one hour) and
 * the first password of an account an administrator created (valid for seven days). Both prove
 * the person receives mail at their address, so a waiting account becomes active.
 */
@ApplicationScoped
@Transactional
public class PasswordReset {

    /** The page a reset or set-up link opens; it takes {@code ?token=}. */
    public static final String RESET_PAGE = "/account/reset-password.xhtml";
    public static final String SET_UP_PAGE = "/account/set-up.xhtml";
    /** The page where a person asks for a reset link. */
    public static final String FORGOT_PAGE = "/account/forgot-password.xhtml";

    static final AuditAction RESET_REQUESTED = new AuditAction("person.password-reset-requested");
    static final AuditAction RESET = new AuditAction("person.password-reset");
    static final AuditAction SET_UP = new AuditAction("person.account-set-up");

    /** A second request within this time sends no second mail, so nobody can flood a mailbox. */
    static final Duration QUIET_BETWEEN_MAILS = Duration.ofMinutes(2);

    @Inject
    People people;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHashing hashing;

    @Inject
    Mailer mailer;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<PasswordChanged> passwordChanged;

    /**
     * Mails a reset link to {@code email} if it belongs to an account that may have one. Says
     * nothing either way (the page always answers "if that address has an account, we have sent a
     * link"), so nobody learns which addresses have accounts.
     */
    public void requestReset(String email, String clientAddress) {
        Actor anonymous = Actor.anonymous(clientAddress);
        Optional<EmailAddress> address = EmailAddress.parse(email);
        Optional<Person> person = address.flatMap(people::findByEmail)
                .filter(p -> p.status() != PersonStatus.SUSPENDED);
        if (person.isEmpty()) {
            audit.record(anonymous, RESET_REQUESTED, new AuditSubject("email", address.map(EmailAddress::normalised)
                    .orElse("(not an address)")), "no account that can be reset; nothing sent");
            return;
        }
        Person who = person.get();
        Instant now = clock.instant();
        if (people.lastIssued(who, TokenPurpose.PASSWORD_RESET)
                .filter(last -> last.plus(QUIET_BETWEEN_MAILS).isAfter(now)).isPresent()) {
            audit.record(anonymous, RESET_REQUESTED, AuditSubject.of("person", who.id()), "repeated too soon; nothing sent");
            return;
        }
        SecretToken token = people.issueToken(who, TokenPurpose.PASSWORD_RESET);
        mailer.send(new MailMessage(who.email().value(), "Reset your Academy password", String.join("\n",
                "Hello " + who.displayName() + ",",
                "",
                "Someone (we hope you) asked to reset the password of your Academy account.",
                "To choose a new password, open this link within the next hour:",
                "",
                mailer.link(RESET_PAGE, token.value()),
                "",
                "The link works once. If you did not ask for this, you can ignore this email:",
                "your password stays as it is.",
                "",
                "The Academy team")));
        audit.record(anonymous, RESET_REQUESTED, AuditSubject.of("person", who.id()), "reset link mailed");
    }

    /**
     * Checks a reset link before showing the page that uses it.
     *
     * @return the name of the person the link is for, to greet them
     * @throws InvalidLinkException when the link is unknown, used or expired
     */
    public String checkResetLink(String token) {
        return people.peek(token, TokenPurpose.PASSWORD_RESET).person().displayName();
    }

    /** As {@link #checkResetLink} for an account set-up link. */
    public String checkSetUpLink(String token) {
        return people.peek(token, TokenPurpose.ACCOUNT_SET_UP).person().displayName();
    }

    /**
     * Sets a new password from a reset link; the link is used up.
     *
     * @throws InvalidLinkException  when the link is unknown, used or expired
     * @throws WeakPasswordException when the password does not meet the policy (the link stays usable)
     */
    public Person resetPassword(String token, String newPassword, String clientAddress) {
        return choosePassword(token, TokenPurpose.PASSWORD_RESET, newPassword, clientAddress, RESET);
    }

    /**
     * Sets the first password of an account an administrator created; the account becomes active.
     *
     * @throws InvalidLinkException  when the link is unknown, used or expired
     * @throws WeakPasswordException when the password does not meet the policy (the link stays usable)
     */
    public Person setUpAccount(String token, String newPassword, String clientAddress) {
        return choosePassword(token, TokenPurpose.ACCOUNT_SET_UP, newPassword, clientAddress, SET_UP);
    }

    private Person choosePassword(String token, TokenPurpose purpose, String newPassword, String clientAddress,
                                  AuditAction action) {
        Person person = people.peek(token, purpose).person();
        // Checked before the link is used up, so a refused password does not cost the person their link.
        policy.check(newPassword, person.displayName(), person.email());
        people.redeem(token, purpose);
        person.changePassword(hashing.hash(newPassword));
        person.confirmEmail();
        Actor actor = Actor.person(person.id(), person.displayName(), person.systemRoles(), Set.of(), clientAddress);
        audit.record(actor, action, AuditSubject.of("person", person.id()), "");
        passwordChanged.fire(new PasswordChanged(person.id(), person.email(), actor.clientAddress()));
        return person;
    }
}
