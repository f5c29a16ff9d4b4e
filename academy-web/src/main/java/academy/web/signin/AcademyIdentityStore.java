package academy.web.signin;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import academy.signin.SignIn;
import academy.signin.SignInRefusedException;
import academy.signin.SignInThrottledException;
import academy.signin.SignedIn;
import academy.web.security.CurrentUser;

/**
 * The academy's people as Jakarta Security sees them: the caller name is the person's id (email
 * addresses change), the groups are {@link SignedIn#groupNames()}. A refusal is kept in
 * {@link SignInRefusal} so that the sign-in page can say why in the core's own words; Jakarta
 * Security itself only learns "invalid".
 */
@ApplicationScoped
public class AcademyIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    @Inject
    SignInRefusal refusal;

    @Inject
    CurrentUser currentUser;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential typed)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            SignedIn signedIn = signIn.signIn(typed.getCaller(), typed.getPasswordAsString(), currentUser.clientAddress());
            return new CredentialValidationResult(Long.toString(signedIn.personId()), signedIn.groupNames());
        } catch (SignInThrottledException | SignInRefusedException refused) {
            refusal.remember(refused);
            return CredentialValidationResult.INVALID_RESULT;
        }
    }

    @Override
    public Set<ValidationType> validationTypes() {
        // Both: a store that only validates has the groups in its result thrown away by the
        // identity store handler, and then nobody holds the manager or admin role.
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
