package academy.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a {@link SecretToken}, in lower-case hex: all the database ever stores of a
 * mailed link, so a copy of the database cannot be used to reset passwords or accept
 * invitations. A plain hash (no salt, one round) suffices because the token is 256 random bits.
 */
public final class TokenHash {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private final String hex;

    private TokenHash(String hex) {
        this.hex = hex;
    }

    /** The hash of whatever a visitor presented as a token (it need not be a real one). */
    public static TokenHash ofPresented(String token) {
        Objects.requireNonNull(token, "token");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform has SHA-256", missing);
        }
    }

    /** A hash read back from the database. */
    public static TokenHash fromHex(String hex) {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest");
        }
        return new TokenHash(hex);
    }

    public String hex() {
        return hex;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TokenHash hash
                && MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII), hash.hex.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return hex.hashCode();
    }

    @Override
    public String toString() {
        return "TokenHash[" + hex.substring(0, 8) + "…]";
    }
}
