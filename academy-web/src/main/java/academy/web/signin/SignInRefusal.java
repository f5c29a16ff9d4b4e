package academy.web.signin;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import academy.shared.AcademyException;

/** Why this request's sign-in was refused, carried from the identity store back to the page. */
@RequestScoped
public class SignInRefusal {

    private AcademyException reason;

    void remember(AcademyException refused) {
        this.reason = refused;
    }

    public Optional<AcademyException> reason() {
        return Optional.ofNullable(reason);
    }
}
