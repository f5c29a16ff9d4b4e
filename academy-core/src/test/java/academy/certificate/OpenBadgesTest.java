package academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;

import jakarta.json.Json;

class OpenBadgesTest {

    @TempDir
    static Path keys;

    static CredentialKey key;

    @BeforeAll
    static void setUp() {
        key = CredentialKey.of(KeyStoreFile.loadOrCreate(keys.resolve("c.p12"), "pw".toCharArray(), "credentials",
                "CN=Credentials", Instant.now()));
    }

    private static final CertificateSerial SERIAL = CertificateSerial.random();

    private static String credentialJwt() {
        var credential = OpenBadges.credential(CertificateSamples.BASE_URL, SERIAL, "Certificate of completion: Module",
                new OpenBadges.Recipient("emailAddress", "priya@academy.example", true),
                new OpenBadges.Achievement("https://academy.example.org/catalogue/module.xhtml?slug=m", "CertificateOfCompletion",
                        "Module", "About the module", "Pass the quiz"),
                Instant.parse("2026-03-14T10:15:00.123Z"), Optional.of(java.time.LocalDate.of(2027, 3, 14)), 131_077);
        return key.sign(OpenBadges.jwtClaims(credential), OpenBadges.JWT_TYPE);
    }

    @Test
    void theJwtVerifiesWithAnIndependentLibraryAgainstThePublishedKeys() throws Exception {
        SignedJWT jwt = SignedJWT.parse(credentialJwt());
        JWKSet published = JWKSet.parse(Json.createObjectBuilder()
                .add("keys", Json.createArrayBuilder().add(key.publicJwk())).build().toString());
        ECKey publicKey = (ECKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(publicKey).isNotNull();
        assertThat(publicKey.computeThumbprint().toString()).isEqualTo(key.keyId());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("vc+jwt"));
        assertThat(((ECKey) jwt.getHeader().getJWK()).toPublicJWK()).isEqualTo(publicKey.toPublicJWK());
        assertThat(jwt.verify(new ECDSAVerifier(publicKey))).isTrue();

        String[] parts = credentialJwt().split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("Module", "Mod\u00fcle").getBytes()) + "." + parts[2];
        assertThat(SignedJWT.parse(forged).verify(new ECDSAVerifier(publicKey))).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCredentialHasEveryPropertyOpenBadges3Requires() throws Exception {
        Map<String, Object> claims = SignedJWT.parse(credentialJwt()).getJWTClaimsSet().toJSONObject();
        assertThat((List<Object>) claims.get("@context")).containsExactly("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(claims.get("id")).isEqualTo("https://academy.example.org/verify/" + SERIAL.value());
        assertThat((List<Object>) claims.get("type")).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(claims.get("name")).isEqualTo("Certificate of completion: Module");
        assertThat(claims.get("validFrom")).isEqualTo("2026-03-14T10:15:00Z");
        assertThat(claims.get("validUntil")).as("the last second of the last valid day in the UK").isEqualTo("2027-03-14T23:59:59Z");
        Map<String, Object> image = (Map<String, Object>) claims.get("image");
        assertThat(image).containsEntry("id", "https://academy.example.org/api/v1/badges/" + SERIAL.value())
                .containsEntry("type", "Image").containsEntry("caption", "Certificate of completion: Module");

        Map<String, Object> issuer = (Map<String, Object>) claims.get("issuer");
        assertThat(issuer.get("id")).isEqualTo("https://academy.example.org/api/v1/credentials/issuer");
        assertThat((List<Object>) issuer.get("type")).containsExactly("Profile");
        assertThat(issuer.get("name")).isEqualTo("Digital Health Academy");

        Map<String, Object> subject = (Map<String, Object>) claims.get("credentialSubject");
        assertThat((List<Object>) subject.get("type")).containsExactly("AchievementSubject");
        Map<String, Object> identity = ((List<Map<String, Object>>) subject.get("identifier")).get(0);
        assertThat(identity.get("type")).isEqualTo("IdentityObject");
        assertThat(identity.get("identityType")).isEqualTo("emailAddress");
        assertThat(identity.get("hashed")).isEqualTo(true);
        assertThat(identity.get("salt")).isEqualTo(SERIAL.value());
        assertThat((String) identity.get("identityHash")).startsWith("sha256$").hasSize(7 + 64)
                .doesNotContain("priya");
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        assertThat(achievement.get("id")).isEqualTo("https://academy.example.org/catalogue/module.xhtml?slug=m");
        assertThat((List<Object>) achievement.get("type")).containsExactly("Achievement");
        assertThat(achievement.get("name")).isEqualTo("Module");
        assertThat(achievement.get("description")).isEqualTo("About the module");
        assertThat(achievement.get("achievementType")).isEqualTo("CertificateOfCompletion");
        assertThat(((Map<String, Object>) achievement.get("criteria")).get("narrative")).isEqualTo("Pass the quiz");

        Map<String, Object> status = (Map<String, Object>) claims.get("credentialStatus");
        assertThat(status.get("type")).isEqualTo("BitstringStatusListEntry");
        assertThat(status.get("statusPurpose")).isEqualTo("revocation");
        assertThat(status.get("statusListIndex")).isEqualTo("5");
        assertThat(status.get("statusListCredential")).isEqualTo("https://academy.example.org/api/v1/credentials/status/1");
        assertThat(status.get("id")).isEqualTo("https://academy.example.org/api/v1/credentials/status/1#5");

        Map<String, Object> schema = ((List<Map<String, Object>>) claims.get("credentialSchema")).get(0);
        assertThat(schema.get("type")).isEqualTo("1EdTechJsonSchemaValidator2019");

        // The registered claims mirror the credential.
        assertThat(claims.get("iss")).isEqualTo(issuer.get("id"));
        assertThat(claims.get("jti")).isEqualTo(claims.get("id"));
        assertThat(((Number) claims.get("nbf")).longValue()).isEqualTo(Instant.parse("2026-03-14T10:15:00Z").getEpochSecond());
        assertThat(((Number) claims.get("exp")).longValue()).isEqualTo(Instant.parse("2027-03-14T23:59:59Z").getEpochSecond());
    }

    @Test
    void inSummerTheLastDayEndsAtMidnightInTheUkAndTheAchievementStandsAlone() {
        var credential = OpenBadges.credential(CertificateSamples.BASE_URL, SERIAL, "Kite mark",
                new OpenBadges.Recipient("identifier", "Y09001", false),
                new OpenBadges.Achievement("https://academy.example.org/kite-mark/scheme/1/levels/exemplar", "Award",
                        "Digital Practice kite mark: Exemplar", "The top level", "Assessed"),
                Instant.parse("2026-07-07T23:00:00Z"), Optional.of(java.time.LocalDate.of(2027, 7, 7)), 1);
        assertThat(credential.getString("validUntil")).isEqualTo("2027-07-07T22:59:59Z");
        var achievement = OpenBadges.achievementDocument(CertificateSamples.BASE_URL, new OpenBadges.Achievement(
                "https://academy.example.org/kite-mark/scheme/1/levels/exemplar", "Award", "Digital Practice kite mark: Exemplar",
                "The top level", "Assessed"));
        assertThat(achievement.getString("id")).isEqualTo("https://academy.example.org/kite-mark/scheme/1/levels/exemplar");
        assertThat(achievement.getJsonArray("type").getString(0)).isEqualTo("Achievement");
        assertThat(achievement.getJsonArray("@context").getString(1)).isEqualTo(OpenBadges.OB_CONTEXT);
        assertThat(achievement.getJsonObject("creator").getString("id"))
                .isEqualTo("https://academy.example.org/api/v1/credentials/issuer");
    }

    @Test
    void theStatusListSetsExactlyTheRevokedBits() throws Exception {
        BitSet revoked = new BitSet();
        revoked.set(0);
        revoked.set(5);
        revoked.set(131_071);
        var credential = OpenBadges.statusListCredential(CertificateSamples.BASE_URL, 1, revoked, Instant.now());
        assertThat(credential.getJsonArray("type").getString(1)).isEqualTo("BitstringStatusListCredential");
        var subject = credential.getJsonObject("credentialSubject");
        assertThat(subject.getString("type")).isEqualTo("BitstringStatusList");
        assertThat(subject.getString("statusPurpose")).isEqualTo("revocation");
        byte[] bits = decode(subject.getString("encodedList"));
        assertThat(bits).hasSize(16_384);
        assertThat(bit(bits, 0)).isTrue();
        assertThat(bit(bits, 1)).isFalse();
        assertThat(bit(bits, 5)).isTrue();
        assertThat(bit(bits, 131_071)).isTrue();
        assertThat(BitSet.valueOf(bits).cardinality()).isEqualTo(3);

        SignedJWT jwt = SignedJWT.parse(key.sign(OpenBadges.jwtClaims(credential), OpenBadges.JWT_TYPE));
        assertThat(jwt.verify(new ECDSAVerifier(ECKey.parse(key.publicJwk().toString())))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("https://academy.example.org/api/v1/credentials/issuer");
    }

    static byte[] decode(String encodedList) throws Exception {
        assertThat(encodedList).startsWith("u");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
            return in.readAllBytes();
        }
    }

    static boolean bit(byte[] bits, int index) {
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    @Test
    void theIssuerProfileIsAProfile() {
        var profile = OpenBadges.issuerProfile(CertificateSamples.BASE_URL + "/");
        assertThat(profile.getString("id")).isEqualTo("https://academy.example.org/api/v1/credentials/issuer");
        assertThat(profile.getJsonArray("type").getString(0)).isEqualTo("Profile");
        assertThat(profile.getString("name")).isEqualTo("Digital Health Academy");
    }
}
