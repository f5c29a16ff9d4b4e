package academy.catalogue.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of a module's content. An unchanged module always gets the same hash, wherever
 * the tree is checked out and whatever its line endings; any change to the module's files, their
 * names included, gives a new hash and so a new module version.
 */
final class ModuleHash {

    private ModuleHash() {
    }

    /** @param files named relative to the module's directory, in reading order */
    static String of(List<ContentFile> files) {
        MessageDigest sha256 = sha256();
        for (ContentFile file : files) {
            // Each part is prefixed with its length, so that moving text from one file to the
            // next, or from a name into a text, can never produce the same stream of bytes.
            update(sha256, file.name());
            update(sha256, file.text());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
