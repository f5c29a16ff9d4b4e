package academy.account;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import academy.shared.InvalidRequestException;

/**
 * An email address as a person typed it (trimmed), compared case-insensitively: two addresses
 * that differ only in case belong to the same person. Validation is deliberately loose (one
 * {@code @}, a dot in the domain, no spaces): the mailed link proves an address, a pattern cannot.
 */
public final class EmailAddress {

    static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s\"<>(),;:\\\\]{1,64}@[^@\\s\"<>(),;:\\\\.]+(\\.[^@\\s\"<>(),;:\\\\.]+)+");

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    /**
     * The address in {@code text}.
     *
     * @throws InvalidRequestException when it does not look like an email address
     */
    public static EmailAddress of(String text) {
        return parse(text).orElseThrow(() -> new InvalidRequestException(
                "Please enter a whole email address, such as name@example.nhs.uk."));
    }

    /** The address in {@code text}, or empty when it does not look like one. */
    public static Optional<EmailAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH || !SHAPE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(new EmailAddress(trimmed));
    }

    /** As typed (trimmed): what mails are sent to and pages show. */
    public String value() {
        return value;
    }

    /** Lower-cased: what uniqueness and look-ups use. */
    public String normalised() {
        return value.toLowerCase(Locale.ROOT);
    }

    /** The part before the {@code @}, lower-cased; the password policy keeps it out of passwords. */
    public String localPart() {
        return normalised().substring(0, normalised().indexOf('@'));
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof EmailAddress address && normalised().equals(address.normalised());
    }

    @Override
    public int hashCode() {
        return Objects.hash(normalised());
    }

    @Override
    public String toString() {
        return value;
    }
}
