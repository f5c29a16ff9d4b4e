package academy.signin;

import academy.shared.AcademyException;

/** The email address and password did not sign anyone in. The message never says which part was wrong. */
public class SignInRefusedException extends AcademyException {

    private static final long serialVersionUID = 1L;

    static final String WRONG_CREDENTIALS = "That email address and password do not match an account. "
            + "Please try again, or reset your password if you have forgotten it.";

    public SignInRefusedException(String userMessage) {
        super(userMessage);
    }
}
