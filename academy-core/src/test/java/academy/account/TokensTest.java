package academy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TokensTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");
    private final SecureRandom random = new SecureRandom();

    @Test
    void aSecretHas256RandomBitsInUrlSafeText() {
        SecretToken token = SecretToken.generate(random);
        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(SecretToken.generate(random).value()).isNotEqualTo(token.value());
        assertThat(token.toString()).doesNotContain(token.value());
    }

    @Test
    void onlyTheSha256OfTheSecretIsKept() {
        assertThat(TokenHash.ofPresented("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        SecretToken token = SecretToken.generate(random);
        assertThat(token.hash()).isEqualTo(TokenHash.ofPresented(token.value()));
        assertThat(TokenHash.fromHex(token.hash().hex())).isEqualTo(token.hash());
    }

    @Test
    void aTokenWorksUntilJustBeforeItExpires() {
        SingleUseToken token = new SingleUseToken(TokenHash.ofPresented("t"), ISSUED, Duration.ofHours(1));
        assertThat(token.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofHours(1)));
        assertThat(token.isUsableAt(ISSUED.plus(Duration.ofMinutes(59)).plusSeconds(59))).isTrue();
        assertThat(token.isUsableAt(ISSUED.plus(Duration.ofHours(1)))).isFalse();
        token.consume(ISSUED.plus(Duration.ofMinutes(59)).plusSeconds(59));
        assertThat(token.usedAt()).isPresent();
    }

    @Test
    void anExpiredTokenIsRefusedWithAPlainMessage() {
        SingleUseToken token = new SingleUseToken(TokenHash.ofPresented("t"), ISSUED, Duration.ofHours(1));
        assertThatThrownBy(() -> token.consume(ISSUED.plus(Duration.ofHours(1))))
                .isInstanceOf(InvalidLinkException.class).hasMessageContaining("expired");
        assertThat(token.usedAt()).isEmpty();
    }

    @Test
    void aTokenWorksOnce() {
        SingleUseToken token = new SingleUseToken(TokenHash.ofPresented("t"), ISSUED, Duration.ofDays(7));
        token.consume(ISSUED.plusSeconds(10));
        assertThatThrownBy(() -> token.consume(ISSUED.plusSeconds(20)))
                .isInstanceOf(InvalidLinkException.class).hasMessageContaining("already been used");
        assertThatThrownBy(() -> token.checkUsableAt(ISSUED.plusSeconds(20))).isInstanceOf(InvalidLinkException.class);
    }

    @Test
    void checkingATokenDoesNotUseItUp() {
        SingleUseToken token = new SingleUseToken(TokenHash.ofPresented("t"), ISSUED, Duration.ofDays(7));
        token.checkUsableAt(ISSUED.plusSeconds(1));
        token.checkUsableAt(ISSUED.plusSeconds(2));
        assertThat(token.isUsableAt(ISSUED.plusSeconds(3))).isTrue();
    }

    @Test
    void aWithdrawnTokenNoLongerWorks() {
        SingleUseToken token = new SingleUseToken(TokenHash.ofPresented("t"), ISSUED, Duration.ofDays(7));
        token.withdraw(ISSUED.plusSeconds(5));
        assertThatThrownBy(() -> token.consume(ISSUED.plusSeconds(6))).isInstanceOf(InvalidLinkException.class);
    }

    @Test
    void passwordResetLinksLastAnHourAndInvitationStyleLinksAWeek() {
        assertThat(TokenPurpose.PASSWORD_RESET.validity()).isEqualTo(Duration.ofHours(1));
        assertThat(TokenPurpose.ACCOUNT_SET_UP.validity()).isEqualTo(Duration.ofDays(7));
        Person person = Person.awaitingSetUp("Priya Shah", EmailAddress.of("priya@example.org"), ISSUED);
        AccountToken reset = new AccountToken(person, TokenPurpose.PASSWORD_RESET, TokenHash.ofPresented("r"), ISSUED);
        assertThatThrownBy(() -> reset.consume(TokenPurpose.PASSWORD_RESET, ISSUED.plus(Duration.ofMinutes(61))))
                .isInstanceOf(InvalidLinkException.class).hasMessageContaining("expired");
    }

    @Test
    void aTokenForOnePurposeDoesNotServeAnother() {
        Person person = Person.awaitingSetUp("Priya Shah", EmailAddress.of("priya@example.org"), ISSUED);
        AccountToken setUp = new AccountToken(person, TokenPurpose.ACCOUNT_SET_UP, TokenHash.ofPresented("s"), ISSUED);
        assertThatThrownBy(() -> setUp.consume(TokenPurpose.PASSWORD_RESET, ISSUED.plusSeconds(1)))
                .isInstanceOf(InvalidLinkException.class).hasMessageContaining("not valid");
        setUp.consume(TokenPurpose.ACCOUNT_SET_UP, ISSUED.plusSeconds(1));
    }

    @Test
    void anEmailChangeLinkCarriesTheNewAddress() {
        Person person = Person.awaitingSetUp("Priya Shah", EmailAddress.of("priya@example.org"), ISSUED);
        AccountToken change = AccountToken.forEmailChange(person, EmailAddress.of("P.Shah@Example.org"),
                TokenHash.ofPresented("c"), ISSUED);
        assertThat(change.purpose()).isEqualTo(TokenPurpose.EMAIL_CHANGE);
        assertThat(change.newEmail()).map(EmailAddress::value).contains("P.Shah@Example.org");
        assertThat(change.token().expiresAt()).isEqualTo(ISSUED.plus(Duration.ofDays(1)));
    }
}
