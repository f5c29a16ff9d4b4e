package academy.web.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.JsonObject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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

/**
 * Completion certificates and credentials on the real WAR and PostgreSQL: issued once and stored,
 * for the learner and the practice's managers only; public verification by REST; the Open Badges
 * credential verified with an independent JOSE library against the published keys; revocation
 * visible in verification and in the status list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    private SignInSession signIn(String email) {
        return SignInSession.signIn(new Http(base).application(), email, DemoAccounts.PASSWORD);
    }

    @Test
    void theLearnerGetsASignedCertificateIssuedOnceAndVerifiablePublicly() throws SQLException {
        CertificateData.DemoCompletion completion = CertificateData.uncertifiedRiversideCompletion();
        SignInSession learner = signIn(completion.email());

        HttpResponse<byte[]> first = learner.getBytes("api/v1/certificates/completions/" + completion.id());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(first.body(), 0, 5)).isEqualTo("%PDF-");
        SignatureCheck signature = SignatureCheck.of(first.body());
        assertThat(signature.intact()).isTrue();
        assertThat(signature.coversWholeFile()).isTrue();

        HttpResponse<byte[]> again = learner.getBytes("api/v1/certificates/completions/" + completion.id());
        assertThat(again.body()).isEqualTo(first.body());
        List<String> serials = CertificateData.serialsOf(completion.id());
        assertThat(serials).hasSize(1);
        String serial = serials.get(0);
        assertThat(first.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"certificate-" + serial + ".pdf\"");
        assertThat(CertificateData.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'certificate.issued' AND details LIKE ?",
                "%completion:" + completion.id())).isEqualTo(1);

        Http anonymous = new Http(base);
        Http.Answer verified = anonymous.get("api/v1/verify/" + serial.toLowerCase());
        assertThat(verified.status()).isEqualTo(200);
        JsonObject json = verified.object();
        assertThat(json.getString("serial")).isEqualTo(serial.substring(0, 4) + "-" + serial.substring(4, 8) + "-" + serial.substring(8));
        assertThat(json.getString("kind")).isEqualTo("completion");
        assertThat(json.getString("status")).isIn("valid", "expired");
        assertThat(json.getJsonArray("fields").getValuesAs(JsonObject.class)).extracting(f -> f.getString("label"))
                .contains("Learner", "Module", "Module version", "CPD", "Completed on", "Serial number");
        assertThat(json.getString("pdf")).endsWith("/api/v1/verify/" + serial + "/pdf");

        HttpResponse<byte[]> stored = new SignInSession(anonymous.application()).getBytes("api/v1/verify/" + serial + "/pdf");
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).isEqualTo(first.body());

        Response shortAddress = new SignInSession(anonymous.application()).get("verify/" + serial);
        assertThat(shortAddress.status()).isEqualTo(303);
        assertThat(shortAddress.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/certificate/verify.xhtml?serial=" + serial));
    }

    @Test
    void onlyTheLearnerAndTheirPracticesManagersGetTheCertificate() throws SQLException {
        CertificateData.DemoCompletion completion = CertificateData.uncertifiedRiversideCompletion();
        String path = "api/v1/certificates/completions/" + completion.id();
        assertThat(signIn(DemoAccounts.MANAGER_A).getBytes(path).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> otherManager = signIn(DemoAccounts.MANAGER_B).getBytes(path);
        assertThat(otherManager.statusCode()).isEqualTo(404);
        assertThat(otherManager.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(signIn(DemoAccounts.LEARNER_A).getBytes(path).statusCode()).isEqualTo(404);
        assertThat(new SignInSession(new Http(base).application()).getBytes(path).statusCode()).isEqualTo(401);
        assertThat(signIn(DemoAccounts.LEARNER_A).getBytes("api/v1/certificates/completions/999999999").statusCode()).isEqualTo(404);
        assertThat(signIn(DemoAccounts.LEARNER_A).getBytes("api/v1/certificates/completions/abc").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownAndMalformedSerialsAreSimplyNotFound() {
        Http anonymous = new Http(base);
        for (String serial : List.of("0000-0000-0000", "ZZZZ", "%3Cscript%3E", "x".repeat(300))) {
            Http.Answer answer = anonymous.get("api/v1/verify/" + serial);
            assertThat(answer.status()).as(serial).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.object().getString("detail")).isEqualTo("No certificate with this serial number was found.");
        }
        Response pdf = new SignInSession(anonymous.application()).get("api/v1/verify/0000-0000-0000/pdf",
                "application/pdf, application/problem+json");
        assertThat(pdf.status()).isEqualTo(404);
        assertThat(pdf.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aFormOverTheContainersCeilingGetsAPageThatSaysSoRatherThanAnError() throws Exception {
        // 120 MB of a file field, over the Faces servlet's 105 MB ceiling: sent as a browser would,
        // with its length declared, streamed so the test holds none of it.
        long fileBytes = 120L * 1024 * 1024;
        byte[] head = ("--edge\r\nContent-Disposition: form-data; name=\"upload:file\"; filename=\"huge.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--edge--\r\n".getBytes(StandardCharsets.US_ASCII);
        java.net.HttpURLConnection post = (java.net.HttpURLConnection) new URL(base, "certificate/verify.xhtml").openConnection();
        post.setRequestMethod("POST");
        post.setDoOutput(true);
        post.setInstanceFollowRedirects(false);
        post.setRequestProperty("Content-Type", "multipart/form-data; boundary=edge");
        post.setFixedLengthStreamingMode(head.length + fileBytes + tail.length);
        try (java.io.OutputStream out = post.getOutputStream()) {
            out.write(head);
            byte[] zeros = new byte[1024 * 1024];
            for (long sent = 0; sent < fileBytes; sent += zeros.length) {
                out.write(zeros);
            }
            out.write(tail);
        }
        assertThat(post.getResponseCode()).isEqualTo(303);
        assertThat(post.getHeaderField("Location")).endsWith("/error/too-large.xhtml");
        post.disconnect();

        Http.Answer page = new Http(base).get("error/too-large.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("The file you sent was too large", "Nothing was saved or changed.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCredentialIsAnOpenBadgeSignedWithThePublishedKeyAndRevocationShowsEverywhere() throws Exception {
        CertificateData.DemoCompletion completion = CertificateData.uncertifiedRiversideCompletion();
        SignInSession learner = signIn(completion.email());
        HttpResponse<byte[]> download = learner.getBytes("api/v1/credentials/completions/" + completion.id());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/vc+jwt"));
        SignedJWT jwt = SignedJWT.parse(new String(download.body()));

        Http anonymous = new Http(base);
        SignInSession visitor = new SignInSession(anonymous.application());
        Response keys = visitor.get(".well-known/jwks.json", "application/jwk-set+json");
        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.contentType()).startsWith("application/jwk-set+json");
        ECKey key = (ECKey) JWKSet.parse(keys.body()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("the JWT's kid is among the published keys").isNotNull();
        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("vc+jwt"));

        List<String> serials = CertificateData.serialsOf(completion.id());
        assertThat(serials).hasSize(1);
        String serial = serials.get(0);
        Map<String, Object> claims = jwt.getJWTClaimsSet().toJSONObject();
        assertThat((List<Object>) claims.get("type")).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat((String) claims.get("id")).endsWith("/verify/" + serial);
        Map<String, Object> issuer = (Map<String, Object>) claims.get("issuer");
        assertThat(anonymous.get("api/v1/credentials/issuer").object().getString("id")).isEqualTo(issuer.get("id"));
        Map<String, Object> status = (Map<String, Object>) claims.get("credentialStatus");
        int index = Integer.parseInt((String) status.get("statusListIndex"));
        String listUrl = (String) status.get("statusListCredential");
        String listPath = listUrl.substring(listUrl.indexOf("api/v1/credentials/status/"));
        assertThat(revokedBit(visitor, listPath, key, index)).isFalse();
        // The credential's image is its badge, which answers any site.
        String image = (String) ((Map<String, Object>) claims.get("image")).get("id");
        assertThat(image).endsWith("/api/v1/badges/" + serial);
        HttpResponse<byte[]> badge = withOrigin(image.substring(image.indexOf("api/v1/badges/")));
        assertThat(badge.statusCode()).isEqualTo(200);
        assertThat(new String(badge.body(), StandardCharsets.UTF_8)).contains("Certificate of completion")
                .containsAnyOf("data-status=\"valid\"", "data-status=\"expired\"");
        assertThat(badge.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

        CertificateData.revoke(serial, "Completed by someone else");
        JsonObject revoked = anonymous.get("api/v1/verify/" + serial).object();
        assertThat(revoked.getString("status")).isEqualTo("revoked");
        assertThat(revoked.getString("revokedReason")).isEqualTo("Completed by someone else");
        assertThat(revoked.getString("revokedAt")).isNotBlank();
        assertThat(revokedBit(visitor, listPath, key, index)).isTrue();
    }

    @Test
    void aManagerDownloadsThePracticesCertificatesAsOneZip() throws Exception {
        // Hawthorn's archive: it issues every missing certificate there, so Riverside's stay for the other tests.
        SignInSession managerB = signIn(DemoAccounts.MANAGER_B);
        CertificateData.DemoCompletion first = CertificateData.uncertifiedCompletionAt(DemoAccounts.PRACTICE_B);
        byte[] firstPdf = managerB.getBytes("api/v1/certificates/completions/" + first.id()).body();
        CertificateData.DemoCompletion second = CertificateData.uncertifiedCompletionAt(DemoAccounts.PRACTICE_B);
        byte[] secondPdf = managerB.getBytes("api/v1/certificates/completions/" + second.id()).body();
        CertificateData.DemoCompletion atA = CertificateData.uncertifiedRiversideCompletion();
        SignInSession managerA = signIn(DemoAccounts.MANAGER_A);
        assertThat(managerA.getBytes("api/v1/certificates/completions/" + atA.id()).statusCode()).isEqualTo(200);
        String valid = CertificateData.serialsOf(first.id()).get(0);
        String revoked = CertificateData.serialsOf(second.id()).get(0);
        String otherPractice = CertificateData.serialsOf(atA.id()).get(0);
        CertificateData.revoke(revoked, "Recorded against the wrong person");
        long uncertified = CertificateData.count("SELECT COUNT(*) FROM learning_completion c WHERE c.practice_id = ?"
                + " AND c.source <> 'EXTERNAL_EVIDENCE' AND NOT EXISTS (SELECT 1 FROM certificate x WHERE x.completion_id = c.id)",
                first.practiceId());
        assertThat(uncertified).as("the demo practice has completions nobody asked a certificate for").isPositive();
        long issuedBefore = CertificateData.count("SELECT COUNT(*) FROM certificate");

        HttpResponse<byte[]> download = managerB.getBytes("api/v1/practices/" + first.practiceId() + "/certificates.zip");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"" + DemoAccounts.PRACTICE_B + "-certificates.zip\"");
        Map<String, byte[]> entries = unzip(download.body());
        assertThat(CertificateData.count("SELECT COUNT(*) FROM certificate")).as("the missing certificates were issued for it")
                .isEqualTo(issuedBefore + uncertified);
        assertThat(CertificateData.count("SELECT COUNT(*) FROM learning_completion c WHERE c.practice_id = ?"
                + " AND c.source <> 'EXTERNAL_EVIDENCE' AND NOT EXISTS (SELECT 1 FROM certificate x WHERE x.completion_id = c.id)",
                first.practiceId())).isZero();

        byte[] csv = entries.get("certificates.csv");
        assertThat(java.util.Arrays.copyOf(csv, 3)).as("a byte-order mark, so Excel reads UTF-8").containsExactly(0xEF, 0xBB, 0xBF);
        List<String> manifest = List.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(manifest.get(0)).isEqualTo("serial,learner,module,module slug,version,completed,status,file");
        String validLine = lineOf(manifest, valid);
        String revokedLine = lineOf(manifest, revoked);
        assertThat(validLine).contains(",valid,");
        assertThat(revokedLine).contains(",revoked,").endsWith(",");
        assertThat(manifest).noneMatch(line -> line.contains(display(otherPractice)));
        assertThat(manifest).noneMatch(line -> line.contains(",not issued,"));
        assertThat(manifest).hasSize(1 + (int) CertificateData.count(
                "SELECT COUNT(*) FROM certificate WHERE practice_id = ? AND completion_id IS NOT NULL", first.practiceId()));

        String validFile = validLine.substring(validLine.lastIndexOf(',') + 1);
        assertThat(validFile).matches("[a-z0-9-]+-" + valid + "\\.pdf");
        assertThat(entries.get(validFile)).isEqualTo(firstPdf);
        assertThat(entries.keySet()).allMatch(name -> name.equals("certificates.csv") || name.matches("[a-z0-9-]+-[A-Z0-9]{12}\\.pdf"));
        assertThat(entries.keySet()).noneMatch(name -> name.contains(revoked) || name.contains(otherPractice));
        assertThat(entries.values()).noneMatch(bytes -> java.util.Arrays.equals(bytes, secondPdf));
        assertThat(entries).hasSize(1 + (int) CertificateData.count("SELECT COUNT(*) FROM certificate WHERE practice_id = ?"
                + " AND completion_id IS NOT NULL AND revoked_at IS NULL AND superseded_by_id IS NULL", first.practiceId()));

        HttpResponse<byte[]> refused = managerA.getBytes("api/v1/practices/" + first.practiceId() + "/certificates.zip");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(signIn(DemoAccounts.MANAGER_A).getBytes("api/v1/practices/abc/certificates.zip").statusCode()).isEqualTo(400);

        List<String> empty = CertificateData.practiceWithoutCertificates();
        HttpResponse<byte[]> emptyDownload = signIn(DemoAccounts.ADMIN).getBytes("api/v1/practices/" + empty.get(0) + "/certificates.zip");
        assertThat(emptyDownload.statusCode()).isEqualTo(200);
        assertThat(emptyDownload.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + empty.get(1) + "-certificates.zip\"");
        Map<String, byte[]> onlyManifest = unzip(emptyDownload.body());
        assertThat(onlyManifest).containsOnlyKeys("certificates.csv");
        assertThat(new String(onlyManifest.get("certificates.csv"), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFserial,learner,module,module slug,version,completed,status,file\r\n");
    }

    @Test
    void aRevokedCertificateSaysSoFirstInWordsAndColourOnItsPageAndInTheUploadCheck() throws Exception {
        CertificateData.DemoCompletion completion = CertificateData.uncertifiedRiversideCompletion();
        byte[] pdf = signIn(completion.email()).getBytes("api/v1/certificates/completions/" + completion.id()).body();
        String serial = CertificateData.serialsOf(completion.id()).get(0);
        CertificateData.revoke(serial, "Completed under another person's account");
        SignInSession visitor = new SignInSession(new Http(base).application());

        Document page = visitor.get("certificate/verify.xhtml?serial=" + serial).html();
        Element status = page.selectFirst("main [role=status]");
        assertThat(status.id()).as("the status is the first thing the page says").isEqualTo("certificate-status");
        assertThat(status.text()).startsWith("Status: Revoked").contains("Completed under another person's account");
        assertThat(status.select(".nhsuk-tag--red").text()).isEqualTo("Revoked");
        assertThat(page.select("main .nhsuk-tag--green")).as("nothing green about a revoked certificate").isEmpty();

        Document checked = visitor.submitWithFile(visitor.get("certificate/verify.xhtml").html(), "upload", "check", Map.of(),
                "file", "certificate.pdf", pdf).html();
        Element first = checked.selectFirst("main [role=status]");
        assertThat(first.text()).as("the upload check says the status first").startsWith("Status: Revoked")
                .contains("Completed under another person's account");
        assertThat(first.select(".nhsuk-tag--red").text()).isEqualTo("Revoked");
        assertThat(checked.select("main .nhsuk-tag--green")).isEmpty();
        assertThat(checked.select("#upload-verdict").text()).contains("The file is unchanged")
                .doesNotContain("Genuine");

        // Downloaded again, by the learner or from the public page: the stored bytes, then the academy's stamp.
        for (HttpResponse<byte[]> again : List.of(signIn(completion.email()).getBytes("api/v1/certificates/completions/" + completion.id()),
                visitor.getBytes("api/v1/verify/" + serial + "/pdf"))) {
            assertThat(again.statusCode()).isEqualTo(200);
            byte[] marked = again.body();
            assertThat(marked.length).isGreaterThan(pdf.length);
            assertThat(java.util.Arrays.copyOf(marked, pdf.length)).as("the signed original, untouched").isEqualTo(pdf);
            SignatureCheck markedSignature = SignatureCheck.of(marked);
            assertThat(markedSignature.intact()).isTrue();
            assertThat(markedSignature.signedRevision(marked)).isEqualTo(pdf);
            try (var document = org.apache.pdfbox.Loader.loadPDF(marked)) {
                assertThat(document.getPage(0).getAnnotations()).anySatisfy(annotation -> {
                    assertThat(annotation.getSubtype()).isEqualTo("Stamp");
                    assertThat(annotation.getContents()).startsWith("REVOKED on ").contains("Completed under another person's account");
                });
            }
        }
        byte[] marked = visitor.getBytes("api/v1/verify/" + serial + "/pdf").body();
        Document markedCheck = visitor.submitWithFile(visitor.get("certificate/verify.xhtml").html(), "upload", "check", Map.of(),
                "file", "certificate.pdf", marked).html();
        assertThat(markedCheck.selectFirst("main [role=status]").text()).as("the marked download is still recognised, status first")
                .startsWith("Status: Revoked");
        assertThat(markedCheck.select("#upload-verdict").text()).contains(display(serial), "later addition", "no longer valid");

        CertificateData.DemoCompletion valid = CertificateData.uncertifiedRiversideCompletion();
        byte[] validPdf = signIn(valid.email()).getBytes("api/v1/certificates/completions/" + valid.id()).body();
        Document validCheck = visitor.submitWithFile(visitor.get("certificate/verify.xhtml").html(), "upload", "check", Map.of(),
                "file", "certificate.pdf", validPdf).html();
        Element validStatus = validCheck.selectFirst("main [role=status]");
        // Green for valid, orange for a demo completion whose training has since expired: the colour says the status.
        if (validStatus.text().startsWith("Status: Valid")) {
            assertThat(validStatus.select(".nhsuk-tag--green").text()).isEqualTo("Valid");
        } else {
            assertThat(validStatus.text()).startsWith("Status: Expired");
            assertThat(validStatus.select(".nhsuk-tag--orange")).isNotEmpty();
            assertThat(validStatus.select(".nhsuk-tag--green")).isEmpty();
        }
    }

    @Test
    void aRelyingPartyGetsTheSigningCertificateCorsHeadersAndAHintForAMistypedSerial() throws Exception {
        CertificateData.DemoCompletion completion = CertificateData.uncertifiedRiversideCompletion();
        byte[] pdf = signIn(completion.email()).getBytes("api/v1/certificates/completions/" + completion.id()).body();
        String serial = CertificateData.serialsOf(completion.id()).get(0);
        SignInSession visitor = new SignInSession(new Http(base).application());

        // The PDF signing certificate, published where the verification page links to it.
        HttpResponse<byte[]> pem = visitor.download(".well-known/academy-signing.pem");
        assertThat(pem.statusCode()).isEqualTo(200);
        assertThat(pem.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-pem-file"));
        String pemText = new String(pem.body(), StandardCharsets.US_ASCII);
        assertThat(pemText).startsWith("-----BEGIN CERTIFICATE-----");
        java.security.cert.X509Certificate signer = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory
                .getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem.body()));
        assertThat(SignatureCheck.of(pdf).isValidFor(signer)).as("the published certificate checks the PDF's signature").isTrue();
        Document page = visitor.get("certificate/verify.xhtml?serial=" + serial).html();
        assertThat(page.select("a#signing-certificate").attr("href")).endsWith("/.well-known/academy-signing.pem");

        // Browser-based verifiers may read the public answers from any origin, without credentials.
        String listPath = "api/v1/credentials/status/0";
        for (String path : List.of("api/v1/verify/" + serial, "api/v1/verify/" + serial + "/pdf", ".well-known/jwks.json",
                ".well-known/academy-signing.pem", "api/v1/credentials/issuer", listPath, "api/v1/verify/0000-0000-0000")) {
            HttpResponse<byte[]> answer = withOrigin(path);
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
            assertThat(answer.headers().firstValue("Access-Control-Allow-Credentials")).as(path).isEmpty();
        }
        assertThat(withOrigin("api/v1/credentials/completions/" + completion.id()).headers()
                .firstValue("Access-Control-Allow-Origin")).as("a signed-in download is not shared").isEmpty();

        // One character wrong: the check character says so.
        char last = serial.charAt(11);
        String mistyped = serial.substring(0, 11) + (last == '0' ? '1' : '0');
        Http.Answer answer = new Http(base).get("api/v1/verify/" + mistyped);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.object().getString("detail")).contains("looks mistyped");
        assertThat(visitor.get("certificate/verify.xhtml?serial=" + mistyped).html().select("#not-found").text())
                .contains("looks mistyped");
    }

    private HttpResponse<byte[]> withOrigin(String path) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(new Http(base).application().resolve(path))
                .header("Origin", "https://verifier.example").header("Accept", "*/*").GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws java.io.IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entries.put(entry.getName(), in.readAllBytes())).as("entry names are unique").isNull();
            }
        }
        return entries;
    }

    private static String display(String serial) {
        return serial.substring(0, 4) + "-" + serial.substring(4, 8) + "-" + serial.substring(8);
    }

    private static String lineOf(List<String> manifest, String serial) {
        return manifest.stream().filter(line -> line.startsWith(display(serial) + ",")).findFirst()
                .orElseThrow(() -> new AssertionError(serial + " is not in the manifest: " + manifest));
    }

    @SuppressWarnings("unchecked")
    private static boolean revokedBit(SignInSession visitor, String listPath, ECKey key, int index) throws Exception {
        Response answer = visitor.get(listPath, "application/vc+jwt");
        assertThat(answer.status()).isEqualTo(200);
        SignedJWT list = SignedJWT.parse(answer.body());
        assertThat(list.verify(new ECDSAVerifier(key))).isTrue();
        Map<String, Object> subject = (Map<String, Object>) list.getJWTClaimsSet().toJSONObject().get("credentialSubject");
        assertThat(subject.get("type")).isEqualTo("BitstringStatusList");
        String encoded = (String) subject.get("encodedList");
        byte[] bits;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bits = in.readAllBytes();
        }
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }
}
