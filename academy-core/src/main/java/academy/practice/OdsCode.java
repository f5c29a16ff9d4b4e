package academy.practice;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import academy.shared.InvalidRequestException;

/**
 * A GP practice's organisation code from the NHS Organisation Data Service: one letter and five
 * digits, such as {@code M83001}. Stored and shown in capitals; typed in any case.
 */
public final class OdsCode implements Comparable<OdsCode> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][0-9]{5}");

    private final String value;

    private OdsCode(String value) {
        this.value = value;
    }

    /**
     * The code in {@code text} (surrounding spaces and lower case are forgiven).
     *
     * @throws InvalidRequestException when it is not one letter followed by five digits
     */
    public static OdsCode of(String text) {
        return parse(text).orElseThrow(() -> new InvalidRequestException(
                "A practice code (ODS code) is one letter followed by five digits, such as M83001."));
    }

    public static Optional<OdsCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(candidate).matches() ? Optional.of(new OdsCode(candidate)) : Optional.empty();
    }

    public String value() {
        return value;
    }

    @Override
    public int compareTo(OdsCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof OdsCode code && value.equals(code.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
