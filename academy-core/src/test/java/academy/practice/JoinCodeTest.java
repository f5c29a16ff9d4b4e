package academy.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JoinCodeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void codesAreEightCharactersWithoutLookAlikes() {
        for (int i = 0; i < 500; i++) {
            JoinCode code = JoinCode.generate(random);
            assertThat(code.value()).matches("[A-HJKMNP-Z2-9]{8}").doesNotContain("0", "O", "1", "I", "L");
            assertThat(code.display()).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
        }
    }

    @Test
    void theAlphabetHasThirtyOneUnambiguousCharacters() {
        assertThat(JoinCode.ALPHABET).hasSize(31).doesNotContain("0", "O", "1", "I", "L");
        assertThat(JoinCode.ALPHABET.chars().distinct().count()).isEqualTo(31);
    }

    @Test
    void codesAreRandom() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(JoinCode.generate(random).value());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void typedCodesAreForgivingAboutCaseSpacesAndTheDash() {
        JoinCode code = JoinCode.parse("K7QM-2XHD").orElseThrow();
        assertThat(JoinCode.parse("k7qm2xhd")).contains(code);
        assertThat(JoinCode.parse(" k7qm 2xhd ")).contains(code);
        assertThat(code.value()).isEqualTo("K7QM2XHD");
        assertThat(code.display()).isEqualTo("K7QM-2XHD");
    }

    @Test
    void typedCodesWithTheWrongLengthOrLookAlikesAreRefused() {
        assertThat(JoinCode.parse("K7QM-2XH")).isEmpty();
        assertThat(JoinCode.parse("K7QM-2XHDD")).isEmpty();
        assertThat(JoinCode.parse("K0QM-2XHD")).isEmpty();
        assertThat(JoinCode.parse("KIQM-2XHD")).isEmpty();
        assertThat(JoinCode.parse(null)).isEmpty();
        assertThat(JoinCode.parse("x".repeat(1000))).isEmpty();
    }

    @Test
    void rotatingAPracticesCodeRetiresTheOldOne() {
        Practice practice = PracticeFixtures.practice("Y09001", "Riverside Medical Centre");
        JoinCode old = practice.joinCode();
        JoinCode fresh = JoinCode.generate(random);
        practice.rotateJoinCode(fresh, PracticeFixtures.NOW.plusSeconds(60));
        assertThat(practice.joinCode()).isEqualTo(fresh).isNotEqualTo(old);
        assertThat(practice.joinCodeChangedAt()).isEqualTo(PracticeFixtures.NOW.plusSeconds(60));
    }
}
