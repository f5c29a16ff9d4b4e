package academy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    // Cheap enough for tests; the real cost is checked once below.
    private final PasswordHashing fast = new PasswordHashing(1_000, new SecureRandom());

    @Test
    void theAcademyHashesAt600000IterationsInJakartasFormat() {
        PasswordHash hash = new PasswordHashing().hash("lantern orchard kettle");
        assertThat(hash.iterations()).isEqualTo(600_000).isEqualTo(PasswordHashing.ITERATIONS);
        assertThat(hash.format()).matches("PBKDF2WithHmacSHA256:600000:[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=");
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        PasswordHash hash = fast.hash("lantern orchard kettle");
        assertThat(fast.verify("lantern orchard kettle", hash)).isTrue();
        assertThat(fast.verify("lantern orchard kettlE", hash)).isFalse();
        assertThat(fast.verify("", hash)).isFalse();
    }

    @Test
    void storedTextRoundTrips() {
        PasswordHash hash = fast.hash("lantern orchard kettle");
        PasswordHash read = PasswordHash.parse(hash.format());
        assertThat(read).isEqualTo(hash);
        assertThat(fast.verify("lantern orchard kettle", read)).isTrue();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertThat(fast.hash("same password here").format()).isNotEqualTo(fast.hash("same password here").format());
    }

    @Test
    void aHashMadeAtLowerCostNeedsRehashingAndVerifiesStill() {
        PasswordHash old = new PasswordHashing(500, new SecureRandom()).hash("lantern orchard kettle");
        assertThat(fast.needsRehash(old)).isTrue();
        assertThat(fast.verify("lantern orchard kettle", old)).isTrue();
        assertThat(fast.needsRehash(fast.hash("lantern orchard kettle"))).isFalse();
        assertThat(new PasswordHashing(500, new SecureRandom()).needsRehash(fast.hash("x"))).isFalse();
    }

    @Test
    void anotherAlgorithmNeedsRehashingAndNeverVerifies() {
        PasswordHash sha1 = PasswordHash.parse("PBKDF2WithHmacSHA1:1000:c2FsdA==:aGFzaA==");
        assertThat(fast.needsRehash(sha1)).isTrue();
        assertThat(fast.verify("anything", sha1)).isFalse();
    }

    @Test
    void malformedStoredTextIsRefused() {
        assertThatThrownBy(() -> PasswordHash.parse("PBKDF2WithHmacSHA256:abc:c2FsdA==:aGFzaA=="))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordHash.parse("plain")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neitherSaltNorHashReachesToString() {
        PasswordHash hash = fast.hash("lantern orchard kettle");
        assertThat(hash.toString()).isEqualTo("PasswordHash[PBKDF2WithHmacSHA256, 1000 iterations]");
    }
}
