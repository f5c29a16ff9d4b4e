package academy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.SystemRole;

class PersonTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final PasswordHash hash = new PasswordHashing(1_000, new SecureRandom()).hash("lantern orchard kettle");

    @Test
    void anInvitedPersonCanSignInAtOnceAndARegisteredOneAfterConfirming() {
        assertThat(Person.confirmed("Sam Patel", EmailAddress.of("sam@example.org"), hash, NOW).canSignIn()).isTrue();
        Person registered = Person.registered("Margaret Evans", EmailAddress.of("m@example.org"), hash, NOW);
        assertThat(registered.status()).isEqualTo(PersonStatus.UNVERIFIED);
        assertThat(registered.canSignIn()).isFalse();
        registered.confirmEmail();
        assertThat(registered.canSignIn()).isTrue();
    }

    @Test
    void anAppointedPersonWaitsForAPassword() {
        Person assessor = Person.awaitingSetUp("Priya Shah", EmailAddress.of("p@example.org"), NOW);
        assessor.grant(SystemRole.ASSESSOR);
        assertThat(assessor.canSignIn()).isFalse();
        assertThat(assessor.password()).isEmpty();
        assessor.changePassword(hash);
        assessor.confirmEmail();
        assertThat(assessor.canSignIn()).isTrue();
        assertThat(assessor.systemRoles()).containsExactly(SystemRole.ASSESSOR);
    }

    @Test
    void aSuspendedPersonCannotSignInNorConfirmTheirWayBack() {
        Person person = Person.confirmed("Sam Patel", EmailAddress.of("sam@example.org"), hash, NOW);
        person.suspend();
        assertThat(person.canSignIn()).isFalse();
        assertThatThrownBy(person::confirmEmail).isInstanceOf(ConflictException.class);
        person.reinstate();
        assertThat(person.canSignIn()).isTrue();
    }

    @Test
    void namesAreTidiedAndChecked() {
        Person person = Person.confirmed("  Sam   Patel ", EmailAddress.of("sam@example.org"), hash, NOW);
        assertThat(person.displayName()).isEqualTo("Sam Patel");
        assertThatThrownBy(() -> person.rename(" ")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> person.rename("x".repeat(101))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> person.rename("Sam\u0000")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void unsavedPeopleAreEqualOnlyToThemselves() {
        Person one = Person.confirmed("Sam Patel", EmailAddress.of("sam@example.org"), hash, NOW);
        Person other = Person.confirmed("Sam Patel", EmailAddress.of("sam@example.org"), hash, NOW);
        assertThat(one).isEqualTo(one).isNotEqualTo(other);
    }
}
