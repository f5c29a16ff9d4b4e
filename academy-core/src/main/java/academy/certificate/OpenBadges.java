package academy.certificate;

import static academy.shared.JsonSupport.JSON;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import academy.shared.time.AcademyCalendar;

/**
 * Open Badges 3.0 documents on the Verifiable Credentials 2.0 data model: the issuer profile, an
 * {@code OpenBadgeCredential} for a certificate, and the {@code BitstringStatusListCredential}
 * that carries revocations. Credentials are secured as JWTs (VC-JOSE: media type {@value #JWT_TYPE};
 * the payload is the credential itself with {@code iss}, {@code jti}, {@code nbf} and {@code exp}
 * mirroring its issuer, id, validFrom and validUntil).
 */
public final class OpenBadges {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String OB_SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    public static final String JWT_TYPE = "vc+jwt";
    public static final String JWT_MEDIA_TYPE = "application/vc+jwt";
    /** Bits per status list: the specification's minimum of 16 KB, so one entry says nothing about its holder. */
    public static final int STATUS_LIST_SIZE = 131_072;
    public static final String ISSUER_NAME = "Digital Health Academy";

    private OpenBadges() {
    }

    /**
     * Whom a credential is about, identified without an account address in the clear: a hashed
     * email address (salted with the serial) for a person, a practice's ODS code as an identifier.
     *
     * @param identityType an OB 3.0 identity type ({@code emailAddress}, {@code identifier})
     * @param value        the identity
     * @param hashed       whether to publish only a salted SHA-256 of it
     */
    public record Recipient(String identityType, String value, boolean hashed) {
        public Recipient {
            Objects.requireNonNull(identityType, "identityType");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * What was achieved.
     *
     * @param id              a URI naming the achievement (the same for everyone who achieves it)
     * @param achievementType an OB 3.0 achievement type ({@code CertificateOfCompletion}, {@code Award})
     * @param name            its name
     * @param description     what it means
     * @param criteria        how it is earned, in words
     */
    public record Achievement(String id, String achievementType, String name, String description, String criteria) {
        public Achievement {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(achievementType, "achievementType");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(criteria, "criteria");
        }
    }

    public static String base(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static String issuerId(String baseUrl) {
        return base(baseUrl) + "/api/v1/credentials/issuer";
    }

    public static String jwksUrl(String baseUrl) {
        return base(baseUrl) + "/.well-known/jwks.json";
    }

    public static String statusListUrl(String baseUrl, int list) {
        return base(baseUrl) + "/api/v1/credentials/status/" + list;
    }

    /** The issuer's profile (type Profile), also embedded in every credential. */
    public static JsonObject issuerProfile(String baseUrl) {
        return JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", issuerId(baseUrl))
                .add("type", JSON.createArrayBuilder().add("Profile"))
                .add("name", ISSUER_NAME)
                .add("url", base(baseUrl) + "/")
                .add("description", "The digital health academy for GP practices: training, certificates and the Digital Practice kite mark.")
                .build();
    }

    private static JsonObjectBuilder embeddedIssuer(String baseUrl) {
        return JSON.createObjectBuilder().add("id", issuerId(baseUrl)).add("type", JSON.createArrayBuilder().add("Profile"))
                .add("name", ISSUER_NAME).add("url", base(baseUrl) + "/");
    }

    /** The badge image of the certificate with this serial (for a kite mark, it shows the award's standing). */
    public static String badgeUrl(String baseUrl, CertificateSerial serial) {
        return base(baseUrl) + "/api/v1/badges/" + serial.value();
    }

    /**
     * The credential for the certificate with this serial.
     *
     * @param lastDay     its last valid day in the UK, if any: the credential is valid until that day's last second
     * @param statusIndex the certificate's position in the status lists (list = index / size)
     */
    public static JsonObject credential(String baseUrl, CertificateSerial serial, String name, Recipient recipient,
                                        Achievement achievement, Instant validFrom, Optional<LocalDate> lastDay,
                                        long statusIndex) {
        int list = Math.toIntExact(statusIndex / STATUS_LIST_SIZE);
        int indexInList = Math.toIntExact(statusIndex % STATUS_LIST_SIZE);
        String statusList = statusListUrl(baseUrl, list);
        JsonObjectBuilder identity = JSON.createObjectBuilder().add("type", "IdentityObject")
                .add("identityType", recipient.identityType()).add("hashed", recipient.hashed());
        if (recipient.hashed()) {
            identity.add("identityHash", "sha256$" + sha256Hex(recipient.value() + serial.value()))
                    .add("salt", serial.value());
        } else {
            identity.add("identityHash", recipient.value());
        }
        JsonObjectBuilder credential = JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", CertificateContent.verifyUrl(baseUrl, serial))
                .add("type", JSON.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("issuer", embeddedIssuer(baseUrl))
                .add("validFrom", timestamp(validFrom));
        // A day's last second, so that a wallet showing the date shows the printed day, not the next one.
        lastDay.ifPresent(day -> credential.add("validUntil", timestamp(AcademyCalendar.endOf(day).minusSeconds(1))));
        return credential
                .add("name", name)
                .add("image", JSON.createObjectBuilder().add("id", badgeUrl(baseUrl, serial)).add("type", "Image")
                        .add("caption", name))
                .add("credentialSubject", JSON.createObjectBuilder()
                        .add("type", JSON.createArrayBuilder().add("AchievementSubject"))
                        .add("identifier", JSON.createArrayBuilder().add(identity))
                        .add("achievement", achievementJson(baseUrl, achievement)))
                .add("credentialStatus", JSON.createObjectBuilder()
                        .add("id", statusList + "#" + indexInList)
                        .add("type", "BitstringStatusListEntry")
                        .add("statusPurpose", "revocation")
                        .add("statusListIndex", Integer.toString(indexInList))
                        .add("statusListCredential", statusList))
                .add("credentialSchema", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("id", OB_SCHEMA).add("type", "1EdTechJsonSchemaValidator2019")))
                .build();
    }

    /** The achievement on its own, as its id's address answers it. */
    public static JsonObject achievementDocument(String baseUrl, Achievement achievement) {
        return JSON.createObjectBuilder().add("@context", JSON.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .addAll(achievementJson(baseUrl, achievement)).build();
    }

    private static JsonObjectBuilder achievementJson(String baseUrl, Achievement achievement) {
        return JSON.createObjectBuilder()
                .add("id", achievement.id())
                .add("type", JSON.createArrayBuilder().add("Achievement"))
                .add("achievementType", achievement.achievementType())
                .add("name", achievement.name())
                .add("description", achievement.description())
                .add("criteria", JSON.createObjectBuilder().add("narrative", achievement.criteria()))
                .add("creator", embeddedIssuer(baseUrl));
    }

    /** The JWT claims for a credential: the credential itself plus the registered claims that mirror it. */
    public static JsonObject jwtClaims(JsonObject credential) {
        JsonValue issuer = credential.get("issuer");
        String issuerId = issuer instanceof JsonObject profile ? profile.getString("id") : ((JsonString) issuer).getString();
        JsonObjectBuilder claims = JSON.createObjectBuilder(credential)
                .add("iss", issuerId)
                .add("jti", credential.getString("id"))
                .add("nbf", Instant.parse(credential.getString("validFrom")).getEpochSecond());
        if (credential.containsKey("validUntil")) {
            claims.add("exp", Instant.parse(credential.getString("validUntil")).getEpochSecond());
        }
        return claims.build();
    }

    /**
     * The status list credential of one list: bit {@code i} (first bit = most significant bit of
     * the first byte) is set when the certificate at index {@code i} is revoked or superseded (its
     * credential withdrawn either way).
     */
    public static JsonObject statusListCredential(String baseUrl, int list, BitSet revoked, Instant now) {
        String id = statusListUrl(baseUrl, list);
        return JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(VC_CONTEXT))
                .add("id", id)
                .add("type", JSON.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", issuerId(baseUrl))
                .add("validFrom", timestamp(now))
                .add("credentialSubject", JSON.createObjectBuilder()
                        .add("id", id + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", "revocation")
                        .add("encodedList", encodedList(revoked)))
                .build();
    }

    /** Multibase base64url (prefix u) of the GZIP-compressed bitstring. */
    static String encodedList(BitSet bits) {
        byte[] bytes = new byte[STATUS_LIST_SIZE / 8];
        bits.stream().filter(i -> i < STATUS_LIST_SIZE).forEach(i -> bytes[i / 8] |= (byte) (0x80 >>> (i % 8)));
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }

    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
