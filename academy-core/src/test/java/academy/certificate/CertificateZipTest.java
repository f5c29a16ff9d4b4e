package academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

class CertificateZipTest {

    private static final Instant COMPLETED = Instant.parse("2026-03-04T10:15:00Z");

    @Test
    void anEmptyArchiveHoldsTheManifestHeaderOnly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CertificateZip archive = new CertificateZip(out)) {
            archive.startManifest();
        }
        assertThat(unzip(out.toByteArray())).containsOnlyKeys("certificates.csv")
                .containsEntry("certificates.csv", "\uFEFFserial,learner,module,module slug,version,completed,status,file\r\n");
    }

    @Test
    void everyCertificateAndUncertifiedCompletionIsListedAndOnlyValidOnesAreFiledUnderSafeNames() throws IOException {
        CertificateZip.Row valid = row("Zoë O'Brien, Jr. / ../../etc", null, null);
        CertificateZip.Row revoked = row("=HYPERLINK(\"x\")", COMPLETED, null);
        CertificateZip.Row superseded = row("Ann Lee", null, COMPLETED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CertificateZip archive = new CertificateZip(out)) {
            archive.startManifest();
            List.of(valid, revoked, superseded).forEach(archive::listInManifest);
            archive.listInManifest(new CertificateZip.Uncertified(7, "Bo Li", "consent", "Consent", 1, COMPLETED));
            archive.addPdfs(List.of(valid, revoked, superseded), Map.of(valid.id(), new byte[] {1}, revoked.id(), new byte[] {2},
                    superseded.id(), new byte[] {3}));
        }
        Map<String, String> entries = unzip(out.toByteArray());
        String file = "zoe-o-brien-jr-etc-hand-hygiene-" + valid.serial().value() + ".pdf";
        assertThat(valid.fileName()).isEqualTo(file);
        assertThat(entries).containsOnlyKeys("certificates.csv", file);
        assertThat(entries.get("certificates.csv").split("\r\n")).containsExactly(
                "\uFEFFserial,learner,module,module slug,version,completed,status,file",
                valid.serial().display() + ",\"Zoë O'Brien, Jr. / ../../etc\",Hand hygiene,hand-hygiene,2,2026-03-04,valid," + file,
                revoked.serial().display() + ",\"'=HYPERLINK(\"\"x\"\")\",Hand hygiene,hand-hygiene,2,2026-03-04,revoked,",
                superseded.serial().display() + ",Ann Lee,Hand hygiene,hand-hygiene,2,2026-03-04,superseded,",
                ",Bo Li,Consent,consent,1,2026-03-04,not issued,");
    }

    @Test
    void theManifestStartsWithAByteOrderMarkSoSpreadsheetsReadAccentedNames() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CertificateZip archive = new CertificateZip(out)) {
            archive.startManifest();
            archive.listInManifest(row("Zoë Ní Bhriain", null, null));
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            in.getNextEntry();
            byte[] manifest = in.readAllBytes();
            assertThat(java.util.Arrays.copyOf(manifest, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            assertThat(new String(manifest, StandardCharsets.UTF_8)).contains("Zoë Ní Bhriain");
        }
    }

    @Test
    void namesWithoutLettersOrDigitsStillGiveAName() {
        assertThat(CertificateZip.safe("  ---  ")).isEqualTo("certificate");
        assertThat(CertificateZip.safe("a".repeat(100))).hasSize(60);
    }

    private static long ids;

    private static CertificateZip.Row row(String learner, Instant revokedAt, Instant supersededAt) {
        return new CertificateZip.Row(++ids, CertificateSerial.random(), learner, "hand-hygiene", "Hand hygiene", 2, COMPLETED,
                revokedAt, supersededAt);
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
