package academy.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate's serial number: twelve characters from Crockford's base-32 alphabet (digits and
 * capital letters without I, L, O and U, so nothing is mistaken for something else), the last being
 * a Luhn mod 32 check character that catches every single mistyped character and every swap of two
 * neighbours. Shown in groups of four ({@code 7K3M-Q9TX-2HRB}); typed with or without the hyphens,
 * in either case, with O for 0 and I or L for 1.
 */
public final class CertificateSerial {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BASE = ALPHABET.length();
    static final int LENGTH = 12;
    private static final int MAX_INPUT = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private CertificateSerial(String value) {
        this.value = value;
    }

    /** A fresh random serial (55 random bits and the check character). */
    public static CertificateSerial random() {
        StringBuilder body = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(BASE)));
        }
        return new CertificateSerial(body.append(checkCharacter(body)).toString());
    }

    /**
     * The serial a person typed, if it is one: any case, hyphens and spaces ignored, O read as 0,
     * I and L as 1. Empty for anything else, including a wrong check character.
     */
    public static Optional<CertificateSerial> parse(String text) {
        return normalised(text).filter(CertificateSerial::checks).map(CertificateSerial::new);
    }

    /**
     * Whether the text is a serial's twelve characters whose check character does not match: one
     * was mistyped (or two swapped), rather than a serial that does not exist.
     */
    public static boolean looksMistyped(String text) {
        return normalised(text).filter(normal -> !checks(normal)).isPresent();
    }

    private static boolean checks(String normal) {
        return checkCharacter(normal.subSequence(0, LENGTH - 1)) == normal.charAt(LENGTH - 1);
    }

    /** Twelve characters of the alphabet, as typed without hyphens and spaces and with look-alikes read; the check not checked. */
    private static Optional<String> normalised(String text) {
        if (text == null || text.length() > MAX_INPUT) {
            return Optional.empty();
        }
        StringBuilder normal = new StringBuilder(LENGTH);
        for (char c : text.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            normal.append(read);
        }
        return normal.length() == LENGTH ? Optional.of(normal.toString()) : Optional.empty();
    }

    /** Reads a serial that is known to be well formed (from the database). */
    public static CertificateSerial of(String stored) {
        return parse(stored).orElseThrow(() -> new IllegalArgumentException("not a certificate serial: " + stored));
    }

    /** Luhn mod N over the alphabet: doubling every second character from the right. */
    static char checkCharacter(CharSequence body) {
        int sum = 0;
        boolean doubled = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = ALPHABET.indexOf(body.charAt(i));
            if (doubled) {
                addend *= 2;
                addend = addend / BASE + addend % BASE;
            }
            sum += addend;
            doubled = !doubled;
        }
        return ALPHABET.charAt((BASE - sum % BASE) % BASE);
    }

    /** The twelve characters without hyphens, as stored. */
    public String value() {
        return value;
    }

    /** In groups of four, as printed. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateSerial serial && serial.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return display();
    }
}
