package academy.web.signin;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import academy.web.security.SecurityHeaders;

/**
 * How people sign in: the Faces page {@code /signin.xhtml} hands the email address and password
 * to {@link AcademyIdentityStore}. A visitor who opens a protected page is sent there first
 * (a redirect, so the address bar shows the sign-in page) and brought back afterwards.
 *
 * <p>Why a mechanism of our own rather than the built-in custom-form one: that one keeps the
 * signed-in caller through Payara's "auto apply session", which under concurrent requests now and
 * then loses the caller's groups, so a signed-in person gets a 403 from a page they may see
 * (payara/Payara#6145, fixed upstream after Payara 6.2025.10; measured here: 34 of 506 requests of
 * 16 signed-in learners to My learning). Here the session holds the caller's name and groups as
 * they were at sign-in, and every request hands both to the container afresh.
 */
@ApplicationScoped
@DeclareRoles({"learner", "ppg", "manager", "assessor", "admin"})
public class AcademyAuthentication implements HttpAuthenticationMechanism {

    /** Who signed in on this session, and with which groups: what every later request is given. */
    record SignedIn(String name, List<String> groups) implements Serializable {
    }

    static final String SESSION_ATTRIBUTE = SignedIn.class.getName();
    /** The page a visitor asked for before being sent to sign in, relative to the application. */
    static final String RETURN_ATTRIBUTE = AcademyAuthentication.class.getName() + ".returnTo";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // This runs before the container's own answers (the redirect below, a 403 from a role
        // constraint), which no filter sees: they get the same headers as everything else.
        SecurityHeaders.forResponse(false).forEach(response::setHeader);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession(true).setAttribute(SESSION_ATTRIBUTE,
                        new SignedIn(result.getCallerPrincipal().getName(), List.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        // Only a session whose id came in the cookie: an id in the address (;jsessionid=) could
        // have been handed to the person by someone else, or leak from a log or a Referer.
        HttpSession session = request.isRequestedSessionIdFromURL() ? null : request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.name(), Set.copyOf(signedIn.groups()));
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_ATTRIBUTE,
                        request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query));
            }
            // A path, not an address built from the request's Host header (which the client chooses).
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", request.getContextPath() + SignInBacking.PAGE);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    /**
     * The page to go back to after signing in, once: a path inside the application that the
     * visitor had asked for, never an address elsewhere.
     */
    static Optional<String> takeReturnPage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(RETURN_ATTRIBUTE) instanceof String page)) {
            return Optional.empty();
        }
        session.removeAttribute(RETURN_ATTRIBUTE);
        boolean local = page.startsWith("/") && !page.startsWith("//") && !page.contains("\\")
                && page.chars().noneMatch(Character::isISOControl);
        return local ? Optional.of(page) : Optional.empty();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
