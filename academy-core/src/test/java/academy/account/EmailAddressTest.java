package academy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import academy.shared.InvalidRequestException;

class EmailAddressTest {

    @Test
    void addressesDifferingOnlyInCaseAreTheSame() {
        EmailAddress typed = EmailAddress.of("  Helen.Carter@Example.NHS.uk ");
        assertThat(typed.value()).isEqualTo("Helen.Carter@Example.NHS.uk");
        assertThat(typed.normalised()).isEqualTo("helen.carter@example.nhs.uk");
        assertThat(typed).isEqualTo(EmailAddress.of("helen.carter@example.nhs.uk")).hasSameHashCodeAs(
                EmailAddress.of("HELEN.CARTER@EXAMPLE.NHS.UK"));
        assertThat(typed.localPart()).isEqualTo("helen.carter");
    }

    @Test
    void somethingThatIsNotAnAddressIsRefused() {
        for (String bad : new String[] {"", "helen", "helen@", "@example.org", "helen@example", "he len@example.org",
                "a@b@example.org", "helen@example..org", null}) {
            assertThat(EmailAddress.parse(bad)).as(String.valueOf(bad)).isEmpty();
        }
        assertThatThrownBy(() -> EmailAddress.of("helen")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("whole email address");
    }

    @Test
    void addressesAreAtMost254Characters() {
        String domain = "@" + "d".repeat(186) + ".org"; // 64 + 191 = 255 characters
        assertThat(EmailAddress.parse("a".repeat(64) + domain)).isEmpty();
        assertThat(EmailAddress.parse("a".repeat(60) + domain)).isPresent();
    }
}
