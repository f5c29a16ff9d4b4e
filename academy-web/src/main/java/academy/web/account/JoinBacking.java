package academy.web.account;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.account.EmailAddress;
import academy.account.PasswordPolicy;
import academy.practice.Registration;
import academy.web.security.CurrentUser;

/**
 * {@code /account/join.xhtml}: a patient joins their practice's patient participation group with
 * the practice's join code. Afterwards the page always says "check your email", whether or not the
 * address already had an account, so nobody learns who has one.
 */
@Named
@ViewScoped
public class JoinBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Registration registration;

    @Inject
    PasswordPolicy policy;

    @Inject
    CurrentUser currentUser;

    private String joinCode;
    private String displayName;
    private String email;
    private String password;
    private boolean registered;

    public void register() {
        registration.applyWithJoinCode(joinCode, displayName, email, password, currentUser.clientAddress());
        password = null;
        registered = true;
    }

    public String getPasswordFeedback() {
        return PasswordFeedback.about(policy, password, displayName, EmailAddress.parse(email).orElse(null));
    }

    public String getJoinCode() {
        return joinCode;
    }

    public void setJoinCode(String joinCode) {
        this.joinCode = joinCode;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isRegistered() {
        return registered;
    }
}
