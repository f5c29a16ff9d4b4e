package academy.web.api;

import java.util.Arrays;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import academy.shared.AccessDeniedException;
import academy.shared.Actor;
import academy.web.security.CurrentUser;

/**
 * Who calls a protected resource, checked the API's way: nobody signed in is a 401 problem, a
 * missing group a 403 problem. Resources under {@code /api/v1} are not covered by the web.xml
 * constraints (those redirect to the sign-in page, which suits browsers, not API clients), so each
 * protected resource asks here first; the services then check ownership of the data.
 */
@RequestScoped
public class ApiCaller {

    @Inject
    CurrentUser currentUser;

    /**
     * The signed-in caller.
     *
     * @throws SignInRequiredException when nobody is signed in
     */
    public Actor signedIn() {
        if (!currentUser.isSignedIn()) {
            throw new SignInRequiredException();
        }
        return currentUser.actor();
    }

    /**
     * The signed-in caller, who belongs to at least one of the groups.
     *
     * @throws SignInRequiredException when nobody is signed in
     * @throws AccessDeniedException   when the caller is in none of the groups
     */
    public Actor inAnyGroup(String... groupNames) {
        Actor actor = signedIn();
        if (Arrays.stream(groupNames).noneMatch(currentUser::hasGroup)) {
            throw new AccessDeniedException("Your account is not allowed to use this part of the API.");
        }
        return actor;
    }
}
