package academy.web.api;

import academy.shared.AccessDeniedException;

/**
 * Nobody is signed in and the resource is not public: 401 problem (never a redirect to the sign-in
 * page, which an API client could not follow).
 */
public class SignInRequiredException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    /** The challenge sent with the 401: sign in through the academy's sign-in page, then send its session cookie. */
    static final String CHALLENGE = "Session realm=\"academy\"";

    public SignInRequiredException() {
        super("Please sign in first: this part of the API is for signed-in people only.");
    }
}
