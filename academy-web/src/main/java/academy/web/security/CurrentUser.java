package academy.web.security;

import java.security.Principal;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.shared.AccessDeniedException;
import academy.shared.Actor;
import academy.signin.Group;
import academy.signin.SignIn;

/**
 * Who is making this request, for pages ({@code #{currentUser…}}) and for the services (as an
 * {@link Actor}). Built once per request from the signed-in person's id (the caller name Jakarta
 * Security holds), so a role taken away or an account suspended takes effect on the next request.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    SignIn signIn;

    @Inject
    @ConfigProperty(name = TrustedProxy.SETTING, defaultValue = "false")
    boolean trustProxy;

    private Actor actor;
    private Set<Group> groups = Set.of();

    /** The actor the services check; anonymous when nobody is signed in. */
    public Actor actor() {
        if (actor == null) {
            resolve();
        }
        return actor;
    }

    public boolean isSignedIn() {
        return actor().isSignedIn();
    }

    public String getDisplayName() {
        return actor().displayName();
    }

    /** True when the signed-in person belongs to the group: learner, ppg, manager, assessor or admin. */
    public boolean hasGroup(String groupName) {
        if (!isSignedIn()) {
            return false;
        }
        return groups.stream().anyMatch(g -> g.groupName().equals(groupName));
    }

    /** The address the request came from, as the throttle and the audit trail record it (see {@link TrustedProxy}). */
    public String clientAddress() {
        return TrustedProxy.clientAddress(trustProxy, request.getRemoteAddr(), request.getHeader(TrustedProxy.FORWARDED_FOR));
    }

    /** True when the request was made on the academy's own machine, not passed on by a proxy (see {@link TrustedProxy}). */
    public boolean isOnThisMachine() {
        return TrustedProxy.fromThisMachine(request.getRemoteAddr(),
                TrustedProxy.FORWARDING_HEADERS.stream().filter(h -> request.getHeader(h) != null).toList());
    }

    /** The actor and their groups, read together once per request. */
    private void resolve() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            actor = Actor.anonymous(clientAddress());
            return;
        }
        try {
            SignIn.Caller now = signIn.callerFor(Long.parseLong(caller.getName()), clientAddress());
            actor = now.actor();
            groups = now.groups();
        } catch (AccessDeniedException | NumberFormatException noLongerValid) {
            // Suspended or removed since signing in: end the session rather than act for them.
            signOut();
            actor = Actor.anonymous(clientAddress());
        }
    }

    private void signOut() {
        try {
            request.logout();
        } catch (ServletException ignored) {
            // Already signed out; the session is invalidated below either way.
        }
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
    }
}
