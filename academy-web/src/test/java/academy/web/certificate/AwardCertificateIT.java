package academy.web.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;

import academy.certificate.SignatureCheck;
import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.SignInSession.Response;
import academy.web.accreditation.PracticeData;

/**
 * Kite-mark certificates on the real WAR and PostgreSQL. Awards are made and revoked through the
 * academy's own services by a fixture added to this test deployment only ({@link AwardFixture}), as
 * the assessor workflow and the award lifecycle will; everything else is checked over HTTP: the
 * signed PDF/A-2b, public verification, the Open Badges credential verified with an independent JOSE
 * library, the status list, the badge, the managers' downloads and the administrators' re-issue.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AwardCertificateIT {

    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");
    private static final String REASON = "The practice's video consultations ran without the governance it described.";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy().addClasses(AwardFixture.class, AwardFixtureServlet.class);
    }

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** An award made by the fixture. */
    record Award(long id, String serial) {
    }

    private SignInSession signIn(String email) {
        return SignInSession.signIn(new Http(base).application(), email, DemoAccounts.PASSWORD);
    }

    private SignInSession visitor() {
        return new SignInSession(new Http(base).application());
    }

    private Award grant(long practiceId, int rank) {
        Response answer = visitor().post("test-fixtures/awards/grant", Map.of("practice", Long.toString(practiceId),
                "rank", Integer.toString(rank)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        String[] parts = answer.body().strip().split(" ");
        return new Award(Long.parseLong(parts[0]), parts[1]);
    }

    private void fixture(String action, Map<String, String> fields) {
        Response answer = visitor().post("test-fixtures/awards/" + action, fields);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private static List<String> certificateSerials(Award award) throws SQLException {
        return CertificateData.serialsOfSubject("award:" + award.id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAwardGetsASignedCertificateAndCredentialThatItsRevocationWithdrawsAndReinstatementRenews() throws Exception {
        long practiceId;
        try (PracticeData practice = PracticeData.newPractice("Kite Mark Test Surgery")) {
            practiceId = practice.id();
        }
        String ods = CertificateData.odsCodeOf(practiceId);
        Award award = grant(practiceId, 1);
        List<String> serials = certificateSerials(award);
        assertThat(serials).as("one certificate, issued in the granting transaction").hasSize(1);
        String serial = serials.get(0);
        LocalDate validFrom = CertificateData.awardDay(award.id(), "valid_from");
        LocalDate validUntil = CertificateData.awardDay(award.id(), "valid_until");
        String level = CertificateData.awardText(award.id(), "level_title");

        // The signed PDF/A-2b, for an administrator (managers are checked below).
        SignInSession admin = signIn(DemoAccounts.ADMIN);
        HttpResponse<byte[]> pdf = admin.getBytes("api/v1/certificates/awards/" + award.serial());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdfA2bFailures(pdf.body())).isEmpty();
        SignatureCheck signature = SignatureCheck.of(pdf.body());
        assertThat(signature.intact()).isTrue();
        assertThat(signature.coversWholeFile()).isTrue();
        assertThat(visitor().getBytes("api/v1/verify/" + serial + "/pdf").body()).isEqualTo(pdf.body());

        // Public verification: every field of the award and its status.
        Http anonymous = new Http(base);
        JsonObject verified = anonymous.get("api/v1/verify/" + serial).object();
        assertThat(verified.getString("kind")).isEqualTo("kite-mark");
        assertThat(verified.getString("status")).isEqualTo("valid");
        assertThat(verified.getString("holder")).isEqualTo("Kite Mark Test Surgery");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        verified.getJsonArray("fields").getValuesAs(JsonObject.class).forEach(f -> fields.put(f.getString("label"), f.getString("value")));
        assertThat(fields).containsEntry("Practice", "Kite Mark Test Surgery").containsEntry("ODS code", ods)
                .containsEntry("Level", level)
                .containsEntry("Awarded on", day(LocalDate.now(ZoneOffset.UTC)))
                .containsEntry("Valid until", day(validUntil)).containsEntry("Assessor", "Priya Shah")
                .containsEntry("Award serial", award.serial()).containsKey("Serial number");
        assertThat(fields.get("Scheme version")).startsWith("version 1");
        assertThat(fields.get("Areas met")).contains("Technological infrastructure (", "Staff culture and development (",
                "Patient upskilling (");
        assertThat(verified.getString("validUntil")).as("the API's last day is the printed one").isEqualTo(validUntil.toString());
        JsonObject awardJson = verified.getJsonObject("award");
        assertThat(awardJson.getString("serial")).isEqualTo(award.serial());
        assertThat(awardJson.getString("status")).isEqualTo("current");
        assertThat(awardJson.getString("level")).isEqualTo(level);
        assertThat(awardJson.getString("validFrom")).isEqualTo(validFrom.toString());
        assertThat(awardJson.getString("validUntil")).isEqualTo(validUntil.toString());
        assertThat(awardJson.getString("awardedAt")).isNotBlank();
        // Without hyphens, in any case, an award's serial is found too.
        assertThat(anonymous.get("api/v1/verify/" + award.serial().replace("-", "").toLowerCase()).object().getString("serial"))
                .isEqualTo(verified.getString("serial"));
        assertThat(anonymous.get("api/v1/verify/" + award.serial()).object().getString("serial"))
                .as("the award's serial stands for its certificate in force").isEqualTo(verified.getString("serial"));

        Document page = visitor().get("certificate/verify.xhtml?serial=" + serial).html();
        assertThat(page.select("#certificate-status").text()).contains("Status: Valid", "until " + day(validUntil));
        assertThat(page.select("#certificate-fields").text()).contains("Kite Mark Test Surgery", ods, level,
                award.serial(), "Priya Shah", day(validUntil));
        assertThat(page.select("#award-status").text()).contains("Kite mark " + award.serial() + ": Current");
        assertThat(page.select("#award-fields").text()).contains(day(validFrom), day(validUntil),
                "Awarded on " + day(LocalDate.now(LONDON)));

        // The Open Badges 3.0 credential, field by field, verified against the published key.
        HttpResponse<byte[]> download = admin.getBytes("api/v1/credentials/awards/" + award.serial());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/vc+jwt"));
        SignedJWT jwt = SignedJWT.parse(new String(download.body(), StandardCharsets.US_ASCII));
        ECKey key = publishedKey(jwt);
        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("vc+jwt"));
        Map<String, Object> claims = jwt.getJWTClaimsSet().toJSONObject();
        assertThat((List<Object>) claims.get("@context")).containsExactly("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat((List<Object>) claims.get("type")).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat((String) claims.get("id")).endsWith("/verify/" + serial);
        assertThat(claims.get("jti")).isEqualTo(claims.get("id"));
        Map<String, Object> issuer = (Map<String, Object>) claims.get("issuer");
        assertThat(issuer.get("id")).isEqualTo(anonymous.get("api/v1/credentials/issuer").object().getString("id"));
        assertThat(claims.get("iss")).isEqualTo(issuer.get("id"));
        assertThat((List<Object>) issuer.get("type")).containsExactly("Profile");
        // The last day ends at midnight in the UK, so a wallet shows the same last day as the page.
        java.time.Instant firstMoment = validFrom.atStartOfDay(LONDON).toInstant();
        java.time.Instant lastMoment = validUntil.plusDays(1).atStartOfDay(LONDON).toInstant().minusSeconds(1);
        assertThat(claims.get("validFrom")).isEqualTo(firstMoment.toString());
        assertThat(claims.get("validUntil")).isEqualTo(lastMoment.toString());
        assertThat(LocalDate.ofInstant(lastMoment, LONDON)).isEqualTo(validUntil);
        assertThat(((Number) claims.get("nbf")).longValue()).isEqualTo(firstMoment.getEpochSecond());
        assertThat(((Number) claims.get("exp")).longValue()).isEqualTo(lastMoment.getEpochSecond());
        // The credential shows its badge, and its achievement's id is an address that answers.
        Map<String, Object> image = (Map<String, Object>) claims.get("image");
        assertThat(image).containsEntry("type", "Image");
        assertThat((String) image.get("id")).endsWith("/api/v1/badges/" + serial);
        assertThat(claims.get("name")).isEqualTo("Digital Practice kite mark: Kite Mark Test Surgery");
        Map<String, Object> subject = (Map<String, Object>) claims.get("credentialSubject");
        assertThat((List<Object>) subject.get("type")).containsExactly("AchievementSubject");
        Map<String, Object> identity = ((List<Map<String, Object>>) subject.get("identifier")).get(0);
        assertThat(identity).containsEntry("type", "IdentityObject").containsEntry("identityType", "identifier")
                .containsEntry("hashed", false).containsEntry("identityHash", ods);
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        assertThat((List<Object>) achievement.get("type")).containsExactly("Achievement");
        assertThat(achievement.get("achievementType")).isEqualTo("Award");
        assertThat(achievement.get("name")).isEqualTo("Digital Practice kite mark: " + level);
        assertThat((String) achievement.get("id")).endsWith("/kite-mark/scheme/1/levels/" + CertificateData.awardText(award.id(), "level_slug"));
        assertThat((String) achievement.get("description")).isNotBlank();
        assertThat((String) ((Map<String, Object>) achievement.get("criteria")).get("narrative")).contains(level,
                "Technological infrastructure", "Staff culture and development", "Patient upskilling");
        assertThat(((Map<String, Object>) achievement.get("creator")).get("id")).isEqualTo(issuer.get("id"));
        String achievementId = (String) achievement.get("id");
        HttpResponse<byte[]> described = visitor().download(achievementId.substring(achievementId.indexOf("kite-mark/scheme/")));
        assertThat(described.statusCode()).isEqualTo(200);
        assertThat(described.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        JsonObject achievementDocument = jakarta.json.Json.createReader(new ByteArrayInputStream(described.body())).readObject();
        assertThat(achievementDocument.getString("id")).isEqualTo(achievementId);
        assertThat(achievementDocument.getString("name")).isEqualTo(achievement.get("name"));
        Map<String, Object> status = (Map<String, Object>) claims.get("credentialStatus");
        assertThat(status).containsEntry("type", "BitstringStatusListEntry").containsEntry("statusPurpose", "revocation");
        int index = Integer.parseInt((String) status.get("statusListIndex"));
        String listUrl = (String) status.get("statusListCredential");
        assertThat(status.get("id")).isEqualTo(listUrl + "#" + index);
        assertThat(index).isEqualTo((int) (CertificateData.idOf(serial) % 131_072));
        Map<String, Object> schema = ((List<Map<String, Object>>) claims.get("credentialSchema")).get(0);
        assertThat(schema).containsEntry("type", "1EdTechJsonSchemaValidator2019");
        String listPath = listUrl.substring(listUrl.indexOf("api/v1/credentials/status/"));
        assertThat(revokedBit(listPath, key, index)).isFalse();
        assertBadge(award.serial(), "valid", "Valid until " + day(validUntil));
        assertBadge(serial, "valid", "Valid until " + day(validUntil));

        // Revocation: the page, the API, the status list and the badge all say so.
        fixture("revoke", Map.of("award", Long.toString(award.id()), "reason", REASON));
        JsonObject revoked = anonymous.get("api/v1/verify/" + serial).object();
        assertThat(revoked.getString("status")).isEqualTo("revoked");
        assertThat(revoked.getString("revokedReason")).isEqualTo(REASON);
        assertThat(revoked.getString("revokedAt")).startsWith(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(revoked.getJsonObject("award").getString("status")).isEqualTo("revoked");
        assertThat(revoked.getJsonObject("award").getString("revokedReason")).isEqualTo(REASON);
        Document revokedPage = visitor().get("certificate/verify.xhtml?serial=" + serial).html();
        assertThat(revokedPage.select("#certificate-status").text()).contains("Status: Revoked", "revoked on "
                + day(LocalDate.now(ZoneOffset.UTC)), REASON);
        assertThat(revokedPage.select("#award-status").text()).contains("Revoked", REASON);
        assertThat(revokedBit(listPath, key, index)).isTrue();
        assertBadge(award.serial(), "revoked", "Revoked");

        // Reinstated after an appeal: a new certificate, valid again; the revoked one stays revoked and links to it.
        fixture("reinstate", Map.of("award", Long.toString(award.id())));
        List<String> after = certificateSerials(award);
        assertThat(after).hasSize(2).startsWith(serial);
        String renewed = after.get(1);
        JsonObject old = anonymous.get("api/v1/verify/" + serial).object();
        assertThat(old.getString("status")).isEqualTo("revoked");
        assertThat(old.getString("supersededBy").replace("-", "")).isEqualTo(renewed);
        assertThat(anonymous.get("api/v1/verify/" + renewed).object().getString("status")).isEqualTo("valid");
        assertThat(visitor().get("certificate/verify.xhtml?serial=" + serial).html().select("#reissued-as").attr("href"))
                .endsWith("/verify/" + renewed);
        assertThat(revokedBit(listPath, key, index)).as("what was revoked stays revoked").isTrue();
        assertBadge(award.serial(), "valid", "Valid until");
        SignedJWT renewedCredential = SignedJWT.parse(new String(admin.getBytes("api/v1/credentials/awards/" + award.serial()).body(),
                StandardCharsets.US_ASCII));
        assertThat((String) renewedCredential.getJWTClaimsSet().toJSONObject().get("id")).endsWith("/verify/" + renewed);
    }

    @Test
    void theManagerDownloadsTheirKiteMarkAndEmbedsItsBadgeWhileOthersCannotHaveIt() throws Exception {
        long riverside = CertificateData.practiceIdOf(DemoAccounts.PRACTICE_A);
        Award award = grant(riverside, 1);
        String serial = certificateSerials(award).get(0);
        String level = CertificateData.awardText(award.id(), "level_title");
        String pdfPath = "api/v1/certificates/awards/" + award.serial();
        String credentialPath = "api/v1/credentials/awards/" + award.serial().toLowerCase();

        SignInSession manager = signIn(DemoAccounts.MANAGER_A);
        HttpResponse<byte[]> pdf = manager.getBytes(pdfPath);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"certificate-" + serial + ".pdf\"");
        assertThat(SignatureCheck.of(pdf.body()).intact()).isTrue();
        HttpResponse<byte[]> credential = manager.getBytes(credentialPath);
        assertThat(credential.statusCode()).isEqualTo(200);
        assertThat(SignedJWT.parse(new String(credential.body(), StandardCharsets.US_ASCII)).getJWTClaimsSet().getJWTID())
                .endsWith("/verify/" + serial);

        for (String path : List.of(pdfPath, credentialPath)) {
            HttpResponse<byte[]> otherManager = signIn(DemoAccounts.MANAGER_B).getBytes(path);
            assertThat(otherManager.statusCode()).as(path).isEqualTo(404);
            assertThat(otherManager.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(signIn(DemoAccounts.LEARNER_A).getBytes(path).statusCode()).as(path).isEqualTo(403);
            assertThat(visitor().getBytes(path).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(manager.getBytes("api/v1/certificates/awards/KM-1999-000001").statusCode()).isEqualTo(404);
        assertThat(manager.getBytes("api/v1/certificates/awards/not-a-serial").statusCode()).isEqualTo(404);

        Response page = manager.get("practice/kite-mark-certificates.xhtml?practice=" + riverside);
        assertThat(page.status()).isEqualTo(200);
        Element section = page.html().select("section.certificate-record").stream()
                .filter(s -> s.select("h2").text().contains(award.serial())).findFirst().orElseThrow();
        assertThat(section.select(".nhsuk-tag").text()).contains("Current");
        assertThat(section.select("a.award-pdf").attr("href")).endsWith("/" + pdfPath);
        assertThat(section.select("a.award-credential").attr("href")).endsWith("/api/v1/credentials/awards/" + award.serial());
        assertThat(section.select("img.award-badge").attr("alt")).startsWith("Digital Practice kite mark, " + level + ". Valid until");
        String snippet = section.select("textarea.embed-snippet").text();
        Element embedded = org.jsoup.Jsoup.parseBodyFragment(snippet).selectFirst("a");
        assertThat(embedded.attr("href")).endsWith("/verify/" + award.serial());
        assertThat(embedded.selectFirst("img").attr("src")).endsWith("/api/v1/badges/" + award.serial());
        assertThat(embedded.selectFirst("img").attr("alt")).isEqualTo("Digital Practice kite mark, " + level + ": check that it is valid");
        assertThat(signIn(DemoAccounts.MANAGER_B).get("practice/kite-mark-certificates.xhtml?practice=" + riverside).status()).isEqualTo(404);

        Response shortAddress = visitor().get("verify/" + award.serial());
        assertThat(shortAddress.status()).isEqualTo(303);
        assertThat(visitor().get("certificate/verify.xhtml?serial=" + award.serial()).html().select("#award-status").text())
                .contains(award.serial());
    }

    @Test
    void aRenewedKiteMarkShowsAsReplacedAndAnExpiredOneAsExpired() throws Exception {
        long practiceId;
        try (PracticeData practice = PracticeData.newPractice("Renewal Test Surgery")) {
            practiceId = practice.id();
        }
        Award first = grant(practiceId, 1);
        Award renewal = grant(practiceId, 1);
        String firstCertificate = certificateSerials(first).get(0);
        Http anonymous = new Http(base);
        JsonObject replaced = anonymous.get("api/v1/verify/" + firstCertificate).object();
        assertThat(replaced.getJsonObject("award").getString("status")).isEqualTo("superseded");
        assertThat(replaced.getJsonObject("award").getString("supersededBy")).isEqualTo(renewal.serial());
        Document page = visitor().get("certificate/verify.xhtml?serial=" + firstCertificate).html();
        assertThat(page.select("#award-superseded-by").attr("href")).endsWith("/verify/" + renewal.serial());
        assertThat(page.select("#certificate-status").text()).contains("Status: Valid", "no longer in force");
        assertBadge(first.serial(), "superseded", "Replaced by a newer kite mark");
        assertBadge(renewal.serial(), "valid", "Valid until");

        // The renewal's last day has passed (moved into the past, as time would).
        LocalDate lastDay = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        CertificateData.update("UPDATE kitemark_award SET valid_from = ?, valid_until = ? WHERE id = ?",
                java.sql.Date.valueOf(lastDay.minusYears(2)), java.sql.Date.valueOf(lastDay), renewal.id());
        CertificateData.update("UPDATE certificate SET valid_until = ?, valid_until_day = ? WHERE subject_key = ?",
                java.sql.Timestamp.from(lastDay.plusDays(1).atStartOfDay(LONDON).toInstant()), java.sql.Date.valueOf(lastDay),
                "award:" + renewal.id());
        String renewalCertificate = certificateSerials(renewal).get(0);
        JsonObject expired = anonymous.get("api/v1/verify/" + renewalCertificate).object();
        assertThat(expired.getString("status")).isEqualTo("expired");
        assertThat(expired.getJsonObject("award").getString("status")).isEqualTo("lapsed");
        assertThat(visitor().get("certificate/verify.xhtml?serial=" + renewalCertificate).html().select("#award-status").text())
                .contains("Lapsed", "expired after " + day(lastDay));
        assertBadge(renewal.serial(), "expired", "Expired on " + day(lastDay.plusDays(1)));
    }

    @Test
    void anUnknownBadgeIsNotFound() {
        Http.Answer unknown = new Http(base).get("api/v1/badges/KM-1999-000001");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(new Http(base).get("api/v1/badges/%3Csvg%3E").status()).isEqualTo(404);
    }

    @Test
    void aNewTemplateReissuesTheCertificatesOfAwardsInForceInBoundedRounds() throws Exception {
        long first;
        long second;
        try (PracticeData a = PracticeData.newPractice("Template Test Surgery One");
             PracticeData b = PracticeData.newPractice("Template Test Surgery Two")) {
            first = a.id();
            second = b.id();
        }
        Award inForce = grant(first, 1);
        Award revoked = grant(second, 1);
        fixture("revoke", Map.of("award", Long.toString(revoked.id()), "reason", REASON));
        String oldSerial = certificateSerials(inForce).get(0);
        String revokedSerial = certificateSerials(revoked).get(0);
        // As if both had been issued with the design before the current one.
        CertificateData.update("UPDATE certificate SET template_version = 0 WHERE subject_key IN (?, ?)",
                "award:" + inForce.id(), "award:" + revoked.id());

        SignInSession admin = signIn(DemoAccounts.ADMIN);
        Document page = admin.get("admin/certificates.xhtml").html();
        assertThat(page.select("#outdated").text()).contains("1 kite mark in force still has a certificate of an older design");
        String message = "";
        for (int round = 0; round < 20 && !message.contains("None is left") && !message.contains("already has"); round++) {
            Document asked = admin.submit(page, "certificates", "reissue-kite-marks", Map.of()).html();
            Document answer = admin.submit(asked, "certificates", "confirm-yes", Map.of()).html();
            message = answer.select(".nhsuk-notification-banner, .nhsuk-error-summary").text();
            page = answer;
        }
        assertThat(message).containsAnyOf("None is left to do.", "already has a certificate of the current template");
        assertThat(page.select("#outdated").text()).contains("Every kite mark in force has a certificate of the current design.");

        List<String> serials = certificateSerials(inForce);
        assertThat(serials).hasSize(2).startsWith(oldSerial);
        Http anonymous = new Http(base);
        JsonObject old = anonymous.get("api/v1/verify/" + oldSerial).object();
        assertThat(old.getString("status")).isEqualTo("superseded");
        assertThat(old.getString("supersededBy").replace("-", "")).isEqualTo(serials.get(1));
        JsonObject newer = anonymous.get("api/v1/verify/" + serials.get(1)).object();
        assertThat(newer.getString("status")).isEqualTo("valid");
        assertThat(newer.getJsonObject("award").getString("serial")).isEqualTo(inForce.serial());
        assertThat(CertificateData.count("SELECT template_version FROM certificate WHERE serial = ?", serials.get(1)))
                .isPositive();
        assertThat(certificateSerials(revoked)).as("a revoked kite mark's certificate is never re-issued")
                .containsExactly(revokedSerial);
        Document supersededPage = visitor().get("certificate/verify.xhtml?serial=" + oldSerial).html();
        assertThat(supersededPage.select("#superseded-by").attr("href")).endsWith("/verify/" + serials.get(1));
        assertThat(supersededPage.select("#certificate-status").text()).contains("Status: Superseded",
                "on " + day(LocalDate.now(LONDON)), "Reason: Re-issued with the current certificate design");
        // Downloaded again, each says what it is across the page; the signed original inside is untouched.
        for (Map.Entry<String, String> stamped : Map.of(oldSerial, "SUPERSEDED on ", revokedSerial, "REVOKED on ").entrySet()) {
            byte[] marked = visitor().getBytes("api/v1/verify/" + stamped.getKey() + "/pdf").body();
            SignatureCheck signature = SignatureCheck.of(marked);
            assertThat(signature.intact()).isTrue();
            assertThat(signature.coversWholeFile()).as("the stamp comes after the signed revision").isFalse();
            assertThat(CertificateData.count("SELECT COUNT(*) FROM certificate WHERE serial = ? AND pdf_sha256 = ?",
                    stamped.getKey(), java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(signature.signedRevision(marked))))).as("the signed revision is the stored file").isEqualTo(1);
            try (var document = org.apache.pdfbox.Loader.loadPDF(marked)) {
                assertThat(document.getPage(0).getAnnotations()).anySatisfy(annotation ->
                        assertThat(annotation.getContents()).startsWith(stamped.getValue()));
            }
            assertThat(failures(marked, PDFAFlavour.PDFA_2_B)).isEmpty();
            assertThat(failures(marked, PDFAFlavour.PDFUA_1)).isEmpty();
        }
        assertThat(old.getString("supersededAt")).isNotBlank();
        assertThat(old.getString("supersededReason")).isEqualTo("Re-issued with the current certificate design");
        // Wallets that read only the status list no longer trust the replaced credential.
        long oldId = CertificateData.idOf(oldSerial);
        ECKey key = (ECKey) JWKSet.parse(visitor().get(".well-known/jwks.json", "application/jwk-set+json").body()).getKeys().get(0);
        assertThat(revokedBit("api/v1/credentials/status/" + oldId / 131_072, key, (int) (oldId % 131_072))).isTrue();
        assertThat(revokedBit("api/v1/credentials/status/" + CertificateData.idOf(serials.get(1)) / 131_072, key,
                (int) (CertificateData.idOf(serials.get(1)) % 131_072))).isFalse();

        // One certificate by its serial, too.
        Document form = admin.get("admin/certificates.xhtml").html();
        Document askedOne = admin.submit(form, "certificates", "reissue", Map.of("reissue-serial", serials.get(1))).html();
        assertThat(askedOne.select("#confirmation-question").text().replace("-", "")).contains(serials.get(1), "new serial number");
        assertThat(certificateSerials(inForce)).as("nothing is issued before the yes").hasSize(2);
        Document reissued = admin.submit(askedOne, "certificates", "confirm-yes", Map.of()).html();
        assertThat(reissued.select(".nhsuk-notification-banner").text()).contains("Re-issued as");
        assertThat(certificateSerials(inForce)).hasSize(3);
        Document askedRevoked = admin.submit(admin.get("admin/certificates.xhtml").html(), "certificates", "reissue",
                Map.of("reissue-serial", revokedSerial)).html();
        Document refused = admin.submit(askedRevoked, "certificates", "confirm-yes", Map.of()).html();
        assertThat(refused.select(".nhsuk-error-summary").text()).contains("revoked");
    }

    private void assertBadge(String serial, String status, String says) {
        HttpResponse<byte[]> badge = visitor().getBytes("api/v1/badges/" + serial);
        assertThat(badge.statusCode()).isEqualTo(200);
        assertThat(badge.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(badge.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        assertThat(badge.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        String svg = new String(badge.body(), StandardCharsets.UTF_8);
        assertThat(svg).contains("data-status=\"" + status + "\"").contains(says).contains("<title id=\"title\">");
    }

    private ECKey publishedKey(SignedJWT jwt) throws Exception {
        Response keys = visitor().get(".well-known/jwks.json", "application/jwk-set+json");
        assertThat(keys.status()).isEqualTo(200);
        ECKey key = (ECKey) JWKSet.parse(keys.body()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("the JWT's kid is among the published keys").isNotNull();
        return key;
    }

    @SuppressWarnings("unchecked")
    private boolean revokedBit(String listPath, ECKey key, int index) throws Exception {
        Response answer = visitor().get(listPath, "application/vc+jwt");
        assertThat(answer.status()).isEqualTo(200);
        SignedJWT list = SignedJWT.parse(answer.body());
        assertThat(list.verify(new ECDSAVerifier(key))).isTrue();
        Map<String, Object> subject = (Map<String, Object>) list.getJWTClaimsSet().toJSONObject().get("credentialSubject");
        String encoded = (String) subject.get("encodedList");
        byte[] bits;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bits = in.readAllBytes();
        }
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    private static List<String> pdfA2bFailures(byte[] pdf) throws Exception {
        return failures(pdf, PDFAFlavour.PDFA_2_B);
    }

    private static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().toList();
        }
    }

    private static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK));
    }
}
