package academy.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.account.PasswordReset;
import academy.web.security.CurrentUser;

/**
 * {@code /account/forgot-password.xhtml}: asks for a reset link. The answer is the same whether or
 * not the address has an account, so the page cannot be used to find out who has one.
 */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    static final String SENT = "If an account exists for that address, we have emailed a link to choose a new "
            + "password. The link works for one hour. If nothing arrives in a few minutes, please check your junk mail.";

    @Inject
    PasswordReset passwordReset;

    @Inject
    CurrentUser currentUser;

    private String email;
    private boolean sent;

    public void requestLink() {
        passwordReset.requestReset(email, currentUser.clientAddress());
        sent = true;
    }

    public String getSentMessage() {
        return SENT;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
