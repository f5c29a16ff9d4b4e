package academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A revoked or superseded certificate's download: visibly stamped, its signed original untouched and still valid. */
class StatusStampTest {

    @TempDir
    static Path keys;

    static SigningKey key;
    static byte[] signed;

    @BeforeAll
    static void setUp() {
        VeraGreenfieldFoundryProvider.initialise();
        key = KeyStoreFile.loadOrCreate(keys.resolve("stamp.p12"), "pw".toCharArray(), "c", "CN=Stamp test", Instant.now());
        signed = new CertificatePipeline().produce(
                CertificateSamples.completion().content(CertificateSerial.random(), CertificateSamples.BASE_URL),
                CertificateSamples.ISSUE, key);
    }

    private static byte[] revoked() {
        return StatusStamp.mark(signed, "REVOKED", "on 7 December 2026",
                "REVOKED on 7 December 2026: issued in error. This certificate is no longer valid.");
    }

    @Test
    void theSignedOriginalIsKeptWholeAndItsSignatureStaysValidForItsRevision() {
        byte[] marked = revoked();
        assertThat(marked.length).isGreaterThan(signed.length);
        assertThat(Arrays.copyOf(marked, signed.length)).isEqualTo(signed);
        SignatureCheck check = SignatureCheck.of(marked);
        assertThat(check.isValidForItsRevisionBy(key.certificate())).isTrue();
        assertThat(check.coversWholeFile()).isFalse();
        assertThat(check.isValidFor(key.certificate())).as("not the whole file any more").isFalse();
        assertThat(check.signedRevision(marked)).isEqualTo(signed);
    }

    @Test
    void theStampSaysTheStatusInWordsAndIsPrintedInRedAcrossThePage() throws Exception {
        try (PDDocument document = Loader.loadPDF(revoked())) {
            PDAnnotation stamp = document.getPage(0).getAnnotations().stream()
                    .filter(PDAnnotationRubberStamp.class::isInstance).findFirst().orElseThrow();
            assertThat(stamp.getContents()).startsWith("REVOKED on 7 December 2026");
            assertThat(stamp.isPrinted()).isTrue();
            assertThat(stamp.getStructParent()).isNotNegative();
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 36);
            assertThat(redPixels(image)).as("red stamp pixels").isGreaterThan(400);
        }
        try (PDDocument original = Loader.loadPDF(signed)) {
            assertThat(redPixels(new PDFRenderer(original).renderImageWithDPI(0, 36))).isZero();
        }
    }

    private static int redPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r > 140 && g < 80 && b < 80) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void theMarkedDownloadIsStillPdfA2bAndPdfUa1() throws Exception {
        byte[] superseded = StatusStamp.mark(signed, "SUPERSEDED", "on 7 December 2026 by 7K3M-Q9TX-2HRB",
                "SUPERSEDED on 7 December 2026 by the certificate 7K3M-Q9TX-2HRB. This certificate is no longer valid.");
        for (byte[] marked : new byte[][] {revoked(), superseded}) {
            assertThat(CertificatePdfTest.failures(marked, PDFAFlavour.PDFA_2_B)).isEmpty();
            assertThat(CertificatePdfTest.failures(marked, PDFAFlavour.PDFUA_1)).isEmpty();
        }
    }
}
