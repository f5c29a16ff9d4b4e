package academy.account;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA256 at {@value #ITERATIONS} iterations (OWASP's
 * guidance for that function), a 32-byte random salt and a 32-byte key. Written with
 * {@code javax.crypto} so the core needs no container. When the cost rises, {@link #needsRehash}
 * tells sign-in to store a fresh hash while it has the password in hand.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 256;

    private final int iterations;
    private final SecureRandom random;

    /** At the academy's current cost. */
    public PasswordHashing() {
        this(ITERATIONS, new SecureRandom());
    }

    /** At another cost: for tests, which cannot wait for 600,000 iterations each time. */
    public PasswordHashing(int iterations, SecureRandom random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
        this.random = random;
    }

    public PasswordHash hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(ALGORITHM, iterations, salt, derive(password, ALGORITHM, iterations, salt));
    }

    /** True when {@code password} is the one {@code stored} was made from; constant-time in the comparison. */
    public boolean verify(String password, PasswordHash stored) {
        if (!ALGORITHM.equals(stored.algorithm())) {
            return false;
        }
        byte[] expected = stored.hash();
        byte[] actual = derive(password, stored.algorithm(), stored.iterations(), stored.salt());
        return actual.length == expected.length && MessageDigest.isEqual(actual, expected);
    }

    /** True when {@code stored} was made at a lower cost (or another algorithm) than this hashing uses now. */
    public boolean needsRehash(PasswordHash stored) {
        return !ALGORITHM.equals(stored.algorithm()) || stored.iterations() < iterations;
    }

    /**
     * Spends the same time as checking a real password, for sign-ins with an unknown email
     * address, so that response times do not tell which addresses have accounts.
     */
    public void verifyAgainstNothing(String password) {
        derive(password, ALGORITHM, iterations, new byte[SALT_BYTES]);
    }

    private static byte[] derive(String password, String algorithm, int iterations, byte[] salt) {
        char[] characters = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(characters, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException unavailable) {
            throw new IllegalStateException("PBKDF2 is part of every Java platform", unavailable);
        } finally {
            spec.clearPassword();
            Arrays.fill(characters, '\0');
        }
    }
}
