package academy.web.signin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How people sign in: the Faces page {@code /signin.xhtml} hands the email address and password
 * to {@link AcademyIdentityStore}. A visitor who opens a protected page is sent there first
 * (a redirect, so the address bar shows the sign-in page) and brought back afterwards.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = SignInBacking.PAGE, errorPage = "", useForwardToLogin = false))
@DeclareRoles({"learner", "ppg", "manager", "assessor", "admin"})
public class AcademyAuthentication {
}
