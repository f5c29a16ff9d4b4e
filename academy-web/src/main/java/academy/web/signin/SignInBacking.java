package academy.web.signin;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import academy.signin.SignInThrottledException;
import academy.web.security.CurrentUser;

/**
 * {@code /signin.xhtml}: email address and password. A wrong address and a wrong password get the
 * same message, so the page never tells anyone which addresses have accounts. A successful
 * sign-in gets a new session id (the old one may have been planted) and goes to the person's home,
 * or back to the protected page they had asked for.
 */
@Named
@RequestScoped
public class SignInBacking {

    public static final String PAGE = "/signin.xhtml";
    public static final String HOME = "/home.xhtml";

    static final String WRONG_CREDENTIALS = "That email address and password do not match an account. "
            + "Please check them and try again, or reset your password if you have forgotten it.";

    @Inject
    SecurityContext security;

    @Inject
    SignInRefusal refusal;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    private String email;
    private String password;

    /** Someone already signed in has nothing to do here. */
    public void redirectIfSignedIn() {
        if (currentUser.isSignedIn()) {
            redirect(HOME);
        }
    }

    public void signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email.strip(),
                        new Password(password == null ? "" : password)))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> {
                // Jakarta Security is taking the person back to the page they had asked for.
                renewSessionId();
                faces.responseComplete();
            }
            case SUCCESS -> {
                renewSessionId();
                redirect(AcademyAuthentication.takeReturnPage(request).orElse(HOME));
            }
            default -> refuse(faces, external);
        }
    }

    private void refuse(FacesContext faces, ExternalContext external) {
        String message = refusal.reason().map(reason -> {
            if (reason instanceof SignInThrottledException throttled) {
                long seconds = Math.max(1, throttled.waitFor().toSeconds());
                external.setResponseStatus(429);
                external.setResponseHeader("Retry-After", Long.toString(seconds));
                return tooManyAttempts(seconds);
            }
            return reason.userMessage();
        }).orElse(WRONG_CREDENTIALS);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** "Too many attempts. Please wait 2 minutes and try again.": whole minutes, rounded up, never zero. */
    static String tooManyAttempts(long seconds) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        return "Too many attempts. Please wait " + minutes + (minutes == 1 ? " minute" : " minutes")
                + " and try again. If you have forgotten your password, you can reset it.";
    }

    private void renewSessionId() {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        } else {
            request.getSession(true);
        }
    }

    private static void redirect(String page) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
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
}
