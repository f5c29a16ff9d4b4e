package academy.account;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * 256 random bits, URL-safe Base64 (43 characters): the secret in a mailed link. It exists only
 * in memory and in the mail; the database keeps its {@link TokenHash}. {@link #toString()} never
 * shows it, so it cannot leak into a log by accident.
 */
public final class SecretToken {

    private static final int BYTES = 32;

    private final String value;

    private SecretToken(String value) {
        this.value = value;
    }

    public static SecretToken generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The text that goes into the link. */
    public String value() {
        return value;
    }

    public TokenHash hash() {
        return TokenHash.ofPresented(value);
    }

    @Override
    public String toString() {
        return "SecretToken[hidden]";
    }
}
