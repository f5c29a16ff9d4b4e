package academy.learning;

import java.util.Objects;
import java.util.regex.Pattern;

import academy.shared.InvalidRequestException;

/**
 * The key an external content player sends with a completion so that a retried request is
 * recognised: 1 to 100 letters, digits and {@code . _ : -} (a UUID fits).
 */
public record IdempotencyKey(String value) {

    static final int MAX_LENGTH = 100;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
    }

    /** @throws InvalidRequestException when the key is missing or malformed */
    public static IdempotencyKey of(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (!FORMAT.matcher(trimmed).matches()) {
            throw new InvalidRequestException("The idempotency key must be 1 to " + MAX_LENGTH
                    + " letters, digits, dots, colons, hyphens or underscores.");
        }
        return new IdempotencyKey(trimmed);
    }
}
