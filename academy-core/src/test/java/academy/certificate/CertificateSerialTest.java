package academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CertificateSerialTest {

    @Test
    void randomSerialsAreTwelveUnambiguousCharactersThatParseBack() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            CertificateSerial serial = CertificateSerial.random();
            assertThat(serial.value()).hasSize(12).matches("[0-9A-HJKMNP-TV-Z]{12}");
            assertThat(CertificateSerial.parse(serial.value())).contains(serial);
            assertThat(CertificateSerial.parse(serial.display())).contains(serial);
            assertThat(CertificateSerial.parse(" " + serial.display().toLowerCase() + " ")).contains(serial);
            seen.add(serial.value());
        }
        assertThat(seen).hasSize(2000);
    }

    @Test
    void twelveCharactersWithAWrongCheckCharacterLookMistypedRatherThanUnknown() {
        CertificateSerial serial = CertificateSerial.random();
        char check = serial.value().charAt(11);
        String wrongCheck = serial.value().substring(0, 11) + (check == '0' ? '1' : '0');
        assertThat(CertificateSerial.parse(wrongCheck)).isEmpty();
        assertThat(CertificateSerial.looksMistyped(wrongCheck)).isTrue();
        assertThat(CertificateSerial.looksMistyped(serial.display().toLowerCase())).isFalse();
        assertThat(CertificateSerial.looksMistyped("ZZZZ")).isFalse();
        assertThat(CertificateSerial.looksMistyped("<script>alert(1)</script>")).isFalse();
        assertThat(CertificateSerial.looksMistyped(null)).isFalse();
    }

    @Test
    void displayIsThreeGroupsOfFour() {
        CertificateSerial serial = CertificateSerial.random();
        assertThat(serial.display()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(serial.toString()).isEqualTo(serial.display());
    }

    @Test
    void lettersThatLookLikeDigitsAreReadAsDigits() {
        String body = "0110ABCDEFG";
        String serial = body + CertificateSerial.checkCharacter(body);
        assertThat(CertificateSerial.parse("OIL0ABCDEFG" + serial.charAt(11))).map(CertificateSerial::value).contains(serial);
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        CertificateSerial serial = CertificateSerial.random();
        char[] chars = serial.value().toCharArray();
        for (int position = 0; position < chars.length; position++) {
            for (char replacement : CertificateSerial.ALPHABET.toCharArray()) {
                if (replacement == chars[position]) {
                    continue;
                }
                char[] typo = chars.clone();
                typo[position] = replacement;
                assertThat(CertificateSerial.parse(new String(typo))).as(new String(typo)).isEmpty();
            }
        }
    }

    @Test
    void swappedNeighboursAreCaughtUnlessTheyAreEqual() {
        int caught = 0;
        int swaps = 0;
        for (int i = 0; i < 200; i++) {
            char[] chars = CertificateSerial.random().value().toCharArray();
            for (int position = 0; position < chars.length - 1; position++) {
                if (chars[position] == chars[position + 1]) {
                    continue;
                }
                char[] swapped = chars.clone();
                swapped[position] = chars[position + 1];
                swapped[position + 1] = chars[position];
                swaps++;
                if (CertificateSerial.parse(new String(swapped)).isEmpty()) {
                    caught++;
                }
            }
        }
        // Luhn mod 32 misses only the swap of the two characters whose values sum to 31 ("Z0"-like pairs).
        assertThat(caught).isGreaterThan(swaps * 95 / 100);
    }

    @Test
    void malformedInputIsNoSerial() {
        assertThat(CertificateSerial.parse(null)).isEmpty();
        assertThat(CertificateSerial.parse("")).isEmpty();
        assertThat(CertificateSerial.parse("ABCD")).isEmpty();
        assertThat(CertificateSerial.parse("<script>alert(1)</script>")).isEmpty();
        assertThat(CertificateSerial.parse("ABCD-EFGH-JKMU")).isEmpty();
        assertThat(CertificateSerial.parse("x".repeat(1000))).isEmpty();
        assertThat(CertificateSerial.parse("7K3M-Q9TX-2HR\u00c9")).isEmpty();
    }
}
