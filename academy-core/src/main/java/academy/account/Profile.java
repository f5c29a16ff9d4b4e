package academy.account;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.shared.Actor;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.mail.MailMessage;
import academy.shared.mail.Mailer;

/**
 * A signed-in person looking after their own account: their name, email address and password.
 * Every method acts on the actor's own account only; there is no way to name someone else.
 */
@ApplicationScoped
@Transactional
public class Profile {

    /** The page an email-change link opens; it takes {@code ?token=}. */
    public static final String CONFIRM_EMAIL_CHANGE_PAGE = "/account/confirm-email.xhtml";

    static final AuditAction RENAMED = new AuditAction("person.renamed");
    static final AuditAction PASSWORD_CHANGED = new AuditAction("person.password-changed");
    static final AuditAction EMAIL_CHANGE_REQUESTED = new AuditAction("person.email-change-requested");
    static final AuditAction EMAIL_CHANGED = new AuditAction("person.email-changed");

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
    Event<PasswordChanged> passwordChanged;

    /** The actor's own account. */
    public Person me(Actor actor) {
        return people.getPerson(actor.requirePersonId());
    }

    public Person rename(Actor actor, String newName) {
        Person me = me(actor);
        String before = me.displayName();
        me.rename(newName);
        audit.record(actor, RENAMED, AuditSubject.of("person", me.id()), "from \"" + before + "\" to \"" + me.displayName() + "\"");
        return me;
    }

    /**
     * Changes the password; the current one must be given (a borrowed session cannot take the account over).
     *
     * @throws InvalidRequestException when the current password is wrong
     * @throws WeakPasswordException   when the new one does not meet the policy
     */
    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        Person me = me(actor);
        requireCurrentPassword(me, currentPassword);
        policy.check(newPassword, me.displayName(), me.email());
        me.changePassword(hashing.hash(newPassword));
        audit.record(actor, PASSWORD_CHANGED, AuditSubject.of("person", me.id()), "");
        passwordChanged.fire(new PasswordChanged(me.id(), me.email(), actor.clientAddress()));
        mailer.send(new MailMessage(me.email().value(), "Your Academy password was changed", String.join("\n",
                "Hello " + me.displayName() + ",",
                "",
                "The password of your Academy account was just changed.",
                "If that was you, there is nothing more to do.",
                "If it was not, please reset your password at once: " + mailer.link(PasswordReset.FORGOT_PAGE),
                "and tell your practice manager or the Academy team.",
                "",
                "The Academy team")));
    }

    /**
     * Starts moving the account to {@code newEmail}: a confirmation link goes to the new address
     * (valid for one day) and a notice to the old one. Nothing changes until the link is followed.
     * If the new address already has an account, its owner is told instead and nothing else
     * happens, so this cannot be used to find out who has an account.
     *
     * @throws InvalidRequestException when the current password is wrong or the address is not one
     */
    public void requestEmailChange(Actor actor, String newEmail, String currentPassword) {
        Person me = me(actor);
        requireCurrentPassword(me, currentPassword);
        EmailAddress target = EmailAddress.of(newEmail);
        if (target.equals(me.email())) {
            if (!target.value().equals(me.email().value())) {
                // Only the capitals differ: the same mailbox, so nothing to prove.
                me.changeEmail(target);
                audit.record(actor, EMAIL_CHANGED, AuditSubject.of("person", me.id()), "capitalisation only");
            }
            return;
        }
        if (people.findByEmail(target).isPresent()) {
            mailer.send(new MailMessage(target.value(), "Someone tried to use this address at the Academy", String.join("\n",
                    "Hello,",
                    "",
                    "Someone signed in to the Academy asked to move their account to this email address.",
                    "This address already belongs to an Academy account, so nothing was changed.",
                    "If you did not expect this, you can ignore this email.",
                    "",
                    "The Academy team")));
            audit.record(actor, EMAIL_CHANGE_REQUESTED, AuditSubject.of("person", me.id()), "new address already in use; owner told");
            return;
        }
        SecretToken token = people.issueEmailChange(me, target);
        mailer.send(new MailMessage(target.value(), "Confirm your new email address for the Academy", String.join("\n",
                "Hello " + me.displayName() + ",",
                "",
                "You asked to use this address for your Academy account. To confirm it, open this link",
                "within the next 24 hours:",
                "",
                mailer.link(CONFIRM_EMAIL_CHANGE_PAGE, token.value()),
                "",
                "Until then, keep signing in with your old address.",
                "",
                "The Academy team")));
        mailer.send(new MailMessage(me.email().value(), "Your Academy email address is about to change", String.join("\n",
                "Hello " + me.displayName() + ",",
                "",
                "Someone signed in as you asked to move your Academy account to a new email address.",
                "We have sent a confirmation link to the new address; nothing changes until it is followed.",
                "If this was not you, please change your password and tell the Academy team.",
                "",
                "The Academy team")));
        audit.record(actor, EMAIL_CHANGE_REQUESTED, AuditSubject.of("person", me.id()), "confirmation mailed to the new address");
    }

    /**
     * Completes an email change from the link mailed to the new address. Works whether or not the
     * person is signed in in the browser that opens it.
     *
     * @throws InvalidLinkException when the link is unknown, used or expired
     * @throws ConflictException    when the address got an account of its own in the meantime
     */
    public Person confirmEmailChange(String token, String clientAddress) {
        AccountToken change = people.redeem(token, TokenPurpose.EMAIL_CHANGE);
        Person person = change.person();
        EmailAddress target = change.newEmail().orElseThrow(InvalidLinkException::unknown);
        if (people.findByEmail(target).filter(other -> !other.equals(person)).isPresent()) {
            throw new ConflictException("The address " + target + " now belongs to another account, so your address was not changed.");
        }
        String before = person.email().normalised();
        person.changeEmail(target);
        Actor actor = Actor.person(person.id(), person.displayName(), person.systemRoles(), Set.of(), clientAddress);
        audit.record(actor, EMAIL_CHANGED, AuditSubject.of("person", person.id()), "from " + before + " to " + target.normalised());
        return person;
    }

    private void requireCurrentPassword(Person me, String currentPassword) {
        boolean right = currentPassword != null && currentPassword.length() <= PasswordPolicy.MAX_LENGTH
                && me.password().filter(hash -> hashing.verify(currentPassword, hash)).isPresent();
        if (!right) {
            throw new InvalidRequestException("Your current password is not right. Please try again.");
        }
    }
}
