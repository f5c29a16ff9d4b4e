package academy.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInBackingTest {

    @Test
    void theWaitIsInWholeMinutesRoundedUpAndNeverZero() {
        assertThat(SignInBacking.tooManyAttempts(1)).startsWith("Too many attempts. Please wait 1 minute and try again.");
        assertThat(SignInBacking.tooManyAttempts(60)).startsWith("Too many attempts. Please wait 1 minute and try again.");
        assertThat(SignInBacking.tooManyAttempts(61)).startsWith("Too many attempts. Please wait 2 minutes and try again.");
        assertThat(SignInBacking.tooManyAttempts(900)).startsWith("Too many attempts. Please wait 15 minutes and try again.");
    }
}
