package academy.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.account.Profile;
import academy.practice.Registration;
import academy.web.security.CurrentUser;

/**
 * {@code /account/confirm-email-address.xhtml?token=} (a new PPG member's address) and
 * {@code /account/confirm-email.xhtml?token=} (a changed address). Opening the link changes
 * nothing (mail scanners open links too); the person confirms with a button, a POST.
 */
@Named
@RequestScoped
public class ConfirmEmailBacking {

    @Inject
    Registration registration;

    @Inject
    Profile profile;

    @Inject
    CurrentUser currentUser;

    private String token;
    private boolean confirmed;

    /** A new member's address, from {@link Registration#CONFIRM_EMAIL_PAGE}. */
    public void confirmAddress() {
        registration.confirmEmail(token, currentUser.clientAddress());
        confirmed = true;
    }

    /** A changed address, from {@link Profile#CONFIRM_EMAIL_CHANGE_PAGE}. */
    public void confirmChange() {
        profile.confirmEmailChange(token, currentUser.clientAddress());
        confirmed = true;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
