package academy.account;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A stored password: algorithm, iteration count, salt and derived key, written as
 * {@code PBKDF2WithHmacSHA256:600000:<salt>:<hash>} (standard Base64), the format of Jakarta
 * Security's {@code Pbkdf2PasswordHash}, so the container's identity store could read it too.
 */
public final class PasswordHash {

    private final String algorithm;
    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    PasswordHash(String algorithm, int iterations, byte[] salt, byte[] hash) {
        if (iterations < 1 || salt.length == 0 || hash.length == 0) {
            throw new IllegalArgumentException("incomplete password hash");
        }
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.iterations = iterations;
        this.salt = salt.clone();
        this.hash = hash.clone();
    }

    /**
     * Reads a stored hash.
     *
     * @throws IllegalArgumentException when the text is not in the stored format
     */
    public static PasswordHash parse(String stored) {
        String[] parts = Objects.requireNonNull(stored, "stored").split(":");
        if (parts.length != 4) {
            throw new IllegalArgumentException("a password hash has four ':'-separated parts");
        }
        try {
            return new PasswordHash(parts[0], Integer.parseInt(parts[1]),
                    Base64.getDecoder().decode(parts[2]), Base64.getDecoder().decode(parts[3]));
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("malformed password hash", malformed);
        }
    }

    /** The text stored in the database. */
    public String format() {
        return algorithm + ":" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    public String algorithm() { return algorithm; }
    public int iterations() { return iterations; }
    byte[] salt() { return salt.clone(); }
    byte[] hash() { return hash.clone(); }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PasswordHash that && algorithm.equals(that.algorithm)
                && iterations == that.iterations && Arrays.equals(salt, that.salt) && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, iterations, Arrays.hashCode(salt));
    }

    /** Never the salt or the hash: they would help an offline attack if they reached a log. */
    @Override
    public String toString() {
        return "PasswordHash[" + algorithm + ", " + iterations + " iterations]";
    }
}
