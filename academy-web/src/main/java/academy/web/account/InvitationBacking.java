package academy.web.account;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.account.EmailAddress;
import academy.account.PasswordPolicy;
import academy.practice.InvitationDetails;
import academy.practice.Registration;
import academy.web.security.CurrentUser;

/**
 * {@code /account/invitation.xhtml?token=}: a staff invitation from a practice manager. Someone new
 * chooses their name and password; someone with an account signs in and accepts.
 */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Registration registration;

    @Inject
    PasswordPolicy policy;

    @Inject
    CurrentUser currentUser;

    private String token;
    private InvitationDetails invitation;
    private String displayName;
    private String password;
    private boolean accepted;

    public void checkLink() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        invitation = registration.checkInvitation(token);
        displayName = invitation.displayName();
    }

    /** Someone new: their account and membership at once. */
    public void createAccount() {
        registration.acceptInvitation(token, displayName, password, currentUser.clientAddress());
        password = null;
        accepted = true;
    }

    /** Someone signed in with the invited address. */
    public void acceptAsMe() {
        registration.acceptInvitation(currentUser.actor(), token);
        accepted = true;
    }

    public String getPasswordFeedback() {
        return PasswordFeedback.about(policy, password, displayName,
                invitation == null ? null : EmailAddress.parse(invitation.email()).orElse(null));
    }

    public InvitationDetails getInvitation() {
        return invitation;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        if (token != null && !token.isBlank()) {
            this.token = token;
        }
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isAccepted() {
        return accepted;
    }
}
