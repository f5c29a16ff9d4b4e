package academy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final String NAME = "Sarah Jones";
    private static final EmailAddress EMAIL = EmailAddress.of("s.jones.practice@example.org");

    @Test
    void aPassphraseOfUnrelatedWordsPasses() {
        assertThat(POLICY.refusal("lantern orchard kettle", NAME, EMAIL)).isEmpty();
        POLICY.check("Maple kettle 7 harbour", NAME, EMAIL);
    }

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertThat(POLICY.refusal("tulip-harbr", NAME, EMAIL)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("at least 12 characters").contains("has 11").contains("three or four unrelated words"));
        assertThat(POLICY.refusal("tulip-harbor", NAME, EMAIL)).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // Eleven characters, one of them outside the Basic Multilingual Plane (two UTF-16 units).
        String elevenWithEmoji = "kettle-ora\uD83C\uDF4A";
        assertThat(elevenWithEmoji.length()).isEqualTo(12);
        assertThat(POLICY.refusal(elevenWithEmoji, NAME, EMAIL)).hasValueSatisfying(r -> assertThat(r).contains("has 11"));
    }

    @Test
    void moreThan128CharactersAreTooMany() {
        String words = "lantern orchard kettle harbour tulip ";
        String long129 = words.repeat(4).substring(0, 129);
        assertThat(POLICY.refusal(long129, NAME, EMAIL)).hasValueSatisfying(r -> assertThat(r).contains("at most 128"));
        assertThat(POLICY.refusal(long129.substring(0, 128), NAME, EMAIL)).isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedWithZxcvbnFeedbackInPlainWords() {
        assertThatThrownBy(() -> POLICY.check("Password1234", NAME, EMAIL))
                .isInstanceOf(WeakPasswordException.class)
                .hasMessageStartingWith("This password would be too easy to guess.")
                .hasMessageContaining("This is very like a commonly used password.")
                .hasMessageContaining("Add another word or two; unusual words are better.")
                .hasMessageContaining("Capital letters don't make it much harder to guess.")
                .hasMessageEndingWith(PasswordPolicy.ADVICE);
    }

    @Test
    void keyboardRowsSequencesAndRepeatsAreRefused() {
        assertThat(POLICY.refusal("qwertyuiopasdf", NAME, EMAIL)).isPresent();
        assertThat(POLICY.refusal("abcdefghijkl", NAME, EMAIL))
                .hasValueSatisfying(r -> assertThat(r).contains("Sequences such as \"abc\" or \"6543\" are easy to guess."));
        assertThat(POLICY.refusal("passwordpassword", NAME, EMAIL))
                .hasValueSatisfying(r -> assertThat(r).contains("hardly harder to guess"));
    }

    @Test
    void thePersonsNameInsideIsRefusedEvenWhenOtherwiseStrong() {
        // zxcvbn alone scores this 4 of 4; it still starts with what an attacker tries first.
        assertThat(POLICY.refusal("Sarah Jones 2024", NAME, EMAIL)).hasValueSatisfying(r -> assertThat(r)
                .contains("leave your name and email address out").contains("three or four unrelated words"));
        assertThat(POLICY.refusal("orchard-JONES-kettle", NAME, EMAIL)).isPresent();
    }

    @Test
    void theEmailLocalPartInsideIsRefused() {
        assertThat(POLICY.refusal("kettle practice lantern", NAME, EMAIL))
                .hasValueSatisfying(r -> assertThat(r).contains("leave your name and email address out"));
        assertThat(POLICY.refusal("orchard s.jones.practice", NAME, EMAIL)).isPresent();
    }

    @Test
    void shortNamePartsDoNotMakeOrdinaryWordsForbidden() {
        assertThat(PasswordPolicy.personalWords("Jo Li", EmailAddress.of("jo.li@example.org")))
                .containsExactly("jo li", "jo.li");
        assertThat(POLICY.refusal("jolly lighthouse kettle", "Jo Li", EmailAddress.of("jo.li@example.org"))).isEmpty();
    }

    @Test
    void noCompositionRulesApply() {
        // All lower case, no digits, no symbols: long and unguessable is what counts.
        assertThat(POLICY.refusal("marble otter velvet compass", NAME, EMAIL)).isEmpty();
    }

    @Test
    void aMissingPasswordIsTooShort() {
        assertThat(POLICY.refusal(null, NAME, EMAIL)).hasValueSatisfying(r -> assertThat(r).contains("has 0"));
    }
}
