package academy.web.account;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.account.PasswordPolicy;
import academy.account.PasswordReset;
import academy.web.security.CurrentUser;

/**
 * {@code /account/reset-password.xhtml?token=} and {@code /account/set-up.xhtml?token=}: choosing a
 * password from a mailed link. The link is checked when the page opens (an expired or used one
 * shows the "link expired" page at once, before anyone types a password) and used up only when the
 * new password is accepted. View-scoped: the live password feedback needs the person's name.
 */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordReset passwordReset;

    @Inject
    PasswordPolicy policy;

    @Inject
    CurrentUser currentUser;

    private String token;
    private String displayName;
    private String password;
    private boolean done;

    /** On opening the page from the mail (not on its own postbacks). */
    public void checkLink() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        displayName = isSetUp() ? passwordReset.checkSetUpLink(token) : passwordReset.checkResetLink(token);
    }

    public void choosePassword() {
        if (isSetUp()) {
            passwordReset.setUpAccount(token, password, currentUser.clientAddress());
        } else {
            passwordReset.resetPassword(token, password, currentUser.clientAddress());
        }
        password = null;
        done = true;
    }

    /** The same bean serves both pages; the page says which link it opened. */
    public boolean isSetUp() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId().equals(PasswordReset.SET_UP_PAGE);
    }

    public String getPasswordFeedback() {
        return PasswordFeedback.about(policy, password, displayName, null);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        // A postback carries no token; the one from the mailed link stays.
        if (token != null && !token.isBlank()) {
            this.token = token;
        }
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isDone() {
        return done;
    }
}
