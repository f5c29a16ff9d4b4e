package academy.practice;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The code a practice hands to its Patient Participation Group so members can register
 * themselves: {@value #LENGTH} characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * shown as two groups of four ({@code K7QM-2XHD}) and typed in any case, with or without the dash
 * or spaces. 31<sup>8</sup> (about 850 thousand million) codes make guessing hopeless, and a
 * manager can replace a code that has spread too far; joining still needs the manager's approval.
 */
public final class JoinCode {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;

    private final String value;

    private JoinCode(String value) {
        this.value = value;
    }

    public static JoinCode generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new JoinCode(code.toString());
    }

    /** The code in what someone typed, or empty when it cannot be one. */
    public static Optional<JoinCode> parse(String typed) {
        if (typed == null || typed.length() > 3 * LENGTH) {
            return Optional.empty();
        }
        String candidate = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (candidate.length() != LENGTH || !candidate.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new JoinCode(candidate));
    }

    /** The stored form: eight characters, no dash. */
    public String value() {
        return value;
    }

    /** The form people read: {@code K7QM-2XHD}. */
    public String display() {
        return value.substring(0, LENGTH / 2) + "-" + value.substring(LENGTH / 2);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof JoinCode code && value.equals(code.value);
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
