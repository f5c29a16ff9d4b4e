package academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

class CertificatePdfTest {

    private static final CertificateRenderer RENDERER = new CertificateRenderer();
    private static final PdfSigner SIGNER = new PdfSigner();

    @TempDir
    static Path keys;

    static SigningKey key;

    @BeforeAll
    static void setUp() {
        VeraGreenfieldFoundryProvider.initialise();
        key = KeyStoreFile.loadOrCreate(keys.resolve("test.p12"), "secret".toCharArray(), "certificates",
                "CN=Test signing key", Instant.now());
    }

    private static CertificateContent completion() {
        return CertificateSamples.completion().content(CertificateSerial.random(), CertificateSamples.BASE_URL);
    }

    private static CertificateContent kiteMark() {
        return CertificateSamples.kiteMark().content(CertificateSerial.random(), CertificateSamples.BASE_URL);
    }

    @Test
    void completionCertificateIsPdfA2bWithoutFailures() throws Exception {
        assertThat(failures(RENDERER.render(completion(), CertificateSamples.ISSUE), PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void kiteMarkCertificateIsPdfA2bWithoutFailures() throws Exception {
        assertThat(failures(RENDERER.render(kiteMark(), CertificateSamples.ISSUE), PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void signedCertificateIsStillPdfA2b() throws Exception {
        byte[] signed = SIGNER.sign(RENDERER.render(kiteMark(), CertificateSamples.ISSUE), key, Instant.now(), "Issued");
        assertThat(failures(signed, PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void renderedCertificateMeetsPdfUa1() throws Exception {
        assertThat(failures(RENDERER.render(completion(), CertificateSamples.ISSUE), PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(failures(RENDERER.render(kiteMark(), CertificateSamples.ISSUE), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void tagsGiveTitleLanguageHeadingParagraphsAndTheQrCodeAsAFigureWithAlternativeText() throws Exception {
        CertificateContent content = completion();
        try (PDDocument document = Loader.loadPDF(RENDERER.render(content, CertificateSamples.ISSUE))) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Certificate of completion: Helping patients register for online access");
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                    "<pdfuaid:part>1</pdfuaid:part>", "Certificate of completion: Helping patients register");
            assertThat(catalog.getOutputIntents()).singleElement()
                    .satisfies(intent -> assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));

            PDStructureElement root = (PDStructureElement) catalog.getStructureTreeRoot().getKids().get(0);
            assertThat(root.getStructureType()).isEqualTo("Document");
            List<PDStructureElement> elements = children(root);
            // The issuer first, as it is printed above the heading, then the one heading.
            assertThat(elements.get(0).getStructureType()).isEqualTo("P");
            assertThat(elements.get(1).getStructureType()).isEqualTo("H1");
            assertThat(elements).filteredOn(e -> e.getStructureType().equals("H1")).hasSize(1);
            assertThat(elements).extracting(PDStructureElement::getStructureType)
                    .containsOnly("H1", "P", "Figure").contains("P");
            PDStructureElement figure = elements.stream().filter(e -> e.getStructureType().equals("Figure")).findFirst().orElseThrow();
            assertThat(figure.getAlternateDescription()).contains(content.verifyUrl()).startsWith("QR code");
            // The last element, read last: where to verify.
            assertThat(elements.get(elements.size() - 1).getStructureType()).isEqualTo("P");
        }
    }

    @Test
    void theVerificationAddressIsALinkTaggedAsALinkThatSaysWhereItLeads() throws Exception {
        CertificateContent content = completion();
        try (PDDocument document = Loader.loadPDF(RENDERER.render(content, CertificateSamples.ISSUE))) {
            var page = document.getPage(0);
            var link = page.getAnnotations().stream()
                    .filter(org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink.class::isInstance)
                    .map(org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink.class::cast).findFirst().orElseThrow();
            assertThat(((org.apache.pdfbox.pdmodel.interactive.action.PDActionURI) link.getAction()).getURI())
                    .isEqualTo(content.verifyUrl());
            assertThat(link.getContents()).contains(content.verifyUrl());
            assertThat(link.isPrinted()).isTrue();
            // The address's words lie under the link's rectangle.
            var stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
            var area = link.getRectangle();
            float height = page.getMediaBox().getHeight();
            stripper.addRegion("link", new java.awt.geom.Rectangle2D.Float(area.getLowerLeftX(), height - area.getUpperRightY(),
                    area.getWidth(), area.getHeight()));
            stripper.extractRegions(page);
            assertThat(stripper.getTextForRegion("link").replaceAll("\\s+", "")).isEqualTo(content.verifyUrl());
            // In the structure: a Link element that refers to the annotation, which points back to it.
            var parent = document.getDocumentCatalog().getStructureTreeRoot().getParentTree()
                    .getValue(link.getStructParent());
            assertThat(parent).isNotNull();
            var element = (org.apache.pdfbox.cos.COSDictionary) ((org.apache.pdfbox.pdmodel.common.COSObjectable) parent).getCOSObject();
            assertThat(element.getNameAsString(org.apache.pdfbox.cos.COSName.S)).isEqualTo("Link");
        }
        assertThat(failures(RENDERER.render(content, CertificateSamples.ISSUE), PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(failures(SIGNER.sign(RENDERER.render(content, CertificateSamples.ISSUE), key, Instant.now(), "Issued"), PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void documentsRenderedAtOnceOnSeveralThreadsEachHaveTheirOwnWordsAndStayPdfA() throws Exception {
        CertificateRenderer renderer = new CertificateRenderer();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map.Entry<CertificateContent, byte[]>>> renders = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                CertificateContent content = i % 3 == 0 ? kiteMark() : completion();
                renders.add(threads.submit(() -> Map.entry(content, renderer.render(content, CertificateSamples.ISSUE))));
            }
            byte[] last = null;
            for (Future<Map.Entry<CertificateContent, byte[]>> render : renders) {
                Map.Entry<CertificateContent, byte[]> done = render.get(60, TimeUnit.SECONDS);
                try (PDDocument document = Loader.loadPDF(done.getValue())) {
                    String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                    assertThat(text).contains(done.getKey().serial().display(), done.getKey().holder());
                }
                last = done.getValue();
            }
            assertThat(failures(last, PDFAFlavour.PDFA_2_B)).isEmpty();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theTextSaysEveryField() throws Exception {
        CertificateContent content = completion();
        try (PDDocument document = Loader.loadPDF(RENDERER.render(content, CertificateSamples.ISSUE))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Certificate of completion", "Priya Ramanathan", "Helping patients register for online access",
                    "Version 3", "45 minutes of continuing professional development", "At Riverside Medical Centre",
                    "Completed on 14 March 2026", "training valid until 14 March 2027", content.serial().display(),
                    content.verifyUrl());
        }
        try (PDDocument document = Loader.loadPDF(RENDERER.render(kiteMark(), CertificateSamples.ISSUE))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Digital Practice kite mark", "Riverside Medical Centre", "ODS code Y09001",
                    "Level 2 \u2013 Established", "scheme version 2026.1", "Awarded on 1 May 2026",
                    "valid until 1 May 2028", "Assessed by Dr Alex Morgan", "award KM-2026-000042", "Patient upskilling");
        }
    }

    @Test
    void theQrCodeOnThePageOpensTheVerificationAddress() throws Exception {
        CertificateContent content = kiteMark();
        assertThat(content.verifyUrl()).isEqualTo(CertificateSamples.BASE_URL + "/verify/" + content.serial().value());
        try (PDDocument document = Loader.loadPDF(RENDERER.render(content, CertificateSamples.ISSUE))) {
            // At print resolution: at 150 dpi one random serial's code was once not found (1 run in
            // many; 80 random serials at 150 and 300 dpi all decoded when tried again).
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 300);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            String decoded = new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                    List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            assertThat(decoded).isEqualTo(content.verifyUrl());
        }
    }

    @Test
    void namesTheFontCannotDrawStillRender() throws Exception {
        CompletionCertificateData data = new CompletionCertificateData("\u5f20\u4f1f \ud83d\ude00 O'Brien", "A module",
                "a-module", 1, 30, "Practice", Instant.parse("2026-01-01T00:00:00Z"), java.util.Optional.empty());
        byte[] pdf = RENDERER.render(data.content(CertificateSerial.random(), CertificateSamples.BASE_URL), CertificateSamples.ISSUE);
        assertThat(failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void theSignatureVerifiesAndOneChangedByteBreaksIt() {
        byte[] unsigned = RENDERER.render(completion(), CertificateSamples.ISSUE);
        byte[] signed = SIGNER.sign(unsigned, key, Instant.now(), "Certificate issued");
        assertThat(signed).startsWith(unsigned);
        SignatureCheck check = SignatureCheck.of(signed);
        assertThat(check.intact()).isTrue();
        assertThat(check.coversWholeFile()).isTrue();
        assertThat(check.isValidFor(key.certificate())).isTrue();

        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int title = text.indexOf("Certificate of completion");
        byte[] tampered = signed.clone();
        tampered[title] = 'c';
        assertThat(SignatureCheck.of(tampered).intact()).isFalse();
        assertThat(SignatureCheck.of(tampered).isValidFor(key.certificate())).isFalse();

        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 1);
        appended[signed.length] = '\n';
        assertThat(SignatureCheck.of(appended).isValidFor(key.certificate())).isFalse();
    }

    @Test
    void aSignatureByAnotherKeyIsNotTheAcademys() {
        SigningKey other = KeyStoreFile.loadOrCreate(keys.resolve("other.p12"), "x".toCharArray(), "k", "CN=Other",
                Instant.now());
        byte[] signed = SIGNER.sign(RENDERER.render(completion(), CertificateSamples.ISSUE), other, Instant.now(), "Issued");
        assertThat(SignatureCheck.of(signed).intact()).isTrue();
        assertThat(SignatureCheck.of(signed).isValidFor(key.certificate())).isFalse();
    }

    @Test
    void unsignedOrGarbageBytesHaveNoValidSignature() {
        assertThat(SignatureCheck.of(RENDERER.render(completion(), CertificateSamples.ISSUE)).intact()).isFalse();
        assertThat(SignatureCheck.of("not a pdf".getBytes(StandardCharsets.US_ASCII)).intact()).isFalse();
        assertThat(SignatureCheck.of(new byte[0]).signer()).isEmpty();
    }

    @Test
    void theDevelopmentKeyIsMadeOnceAndReused() {
        Path file = keys.resolve("dev/keys.p12");
        SigningKey first = KeyStoreFile.loadOrCreate(file, "pw".toCharArray(), "a", "CN=Dev", Instant.now());
        SigningKey again = KeyStoreFile.loadOrCreate(file, "pw".toCharArray(), "a", "CN=Dev", Instant.now());
        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(again.privateKey().getAlgorithm()).isEqualTo("EC");
    }

    private static List<PDStructureElement> children(PDStructureNode node) {
        List<PDStructureElement> result = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                result.add(element);
            }
        }
        return result;
    }

    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getMessage())
                    .distinct().toList();
            if (failed.isEmpty()) {
                assertThat(result.isCompliant()).isTrue();
            }
            return failed;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
