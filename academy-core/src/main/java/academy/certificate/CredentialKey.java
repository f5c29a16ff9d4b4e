package academy.certificate;

import static academy.shared.JsonSupport.JSON;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import jakarta.json.JsonObject;

/**
 * The EC P-256 key that signs credentials as compact JWS (ES256), with its public half as a JWK
 * whose key id is the RFC 7638 thumbprint.
 */
public final class CredentialKey {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SigningKey key;
    private final ECPublicKey publicKey;
    private final String keyId;

    private CredentialKey(SigningKey key, ECPublicKey publicKey) {
        this.key = key;
        this.publicKey = publicKey;
        this.keyId = thumbprint(publicKey);
    }

    /**
     * @throws IllegalStateException unless the key is an EC key on the P-256 curve
     */
    public static CredentialKey of(SigningKey key) {
        Objects.requireNonNull(key, "key");
        if (!(key.certificate().getPublicKey() instanceof ECPublicKey ec) || ec.getParams().getCurve().getField().getFieldSize() != 256) {
            throw new IllegalStateException("the credentials key must be an EC P-256 key (ES256)");
        }
        return new CredentialKey(key, ec);
    }

    public String keyId() {
        return keyId;
    }

    /** The public key as a JWK (kty, crv, x, y, kid, use, alg). */
    public JsonObject publicJwk() {
        return JSON.createObjectBuilder().add("kty", "EC").add("crv", "P-256")
                .add("x", coordinate(publicKey.getW().getAffineX())).add("y", coordinate(publicKey.getW().getAffineY()))
                .add("kid", keyId).add("use", "sig").add("alg", "ES256").build();
    }

    /**
     * A compact JWS of the payload, ES256, with the media type ({@code typ}), the key id and the
     * public key itself ({@code jwk}, as Open Badges 3.0 allows) in the header.
     */
    public String sign(JsonObject payload, String type) {
        JsonObject header = JSON.createObjectBuilder().add("alg", "ES256").add("typ", type).add("kid", keyId)
                .add("jwk", publicJwk()).build();
        String signingInput = encode(header.toString()) + "." + encode(payload.toString());
        try {
            Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
            signature.initSign(key.privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a credential", e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String coordinate(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return BASE64URL.encodeToString(fixed);
    }

    /** RFC 7638: SHA-256 over the required members in lexicographic order, no white space. */
    private static String thumbprint(ECPublicKey key) {
        String canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + coordinate(key.getW().getAffineX())
                + "\",\"y\":\"" + coordinate(key.getW().getAffineY()) + "\"}";
        try {
            return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "CredentialKey[" + keyId + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CredentialKey that && that.keyId.equals(keyId);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keyId.getBytes(StandardCharsets.US_ASCII));
    }
}
