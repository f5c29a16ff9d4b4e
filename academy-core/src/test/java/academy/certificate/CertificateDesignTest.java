package academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** How the two designs read and sit on the page: what a practice would frame. */
class CertificateDesignTest {

    private static final CertificateRenderer RENDERER = new CertificateRenderer();

    private static byte[] completion(CertificateSerial serial) {
        return RENDERER.render(CertificateSamples.completion().content(serial, CertificateSamples.BASE_URL),
                CertificateSamples.ISSUE);
    }

    private static byte[] kiteMark(CertificateSerial serial) {
        return RENDERER.render(CertificateSamples.kiteMark().content(serial, CertificateSamples.BASE_URL),
                CertificateSamples.ISSUE);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int occurrences(String text, String words) {
        Matcher matcher = Pattern.compile(Pattern.quote(words)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void theCompletionCertificateNamesItsSignatoryTheIssuerAndTheDayOfIssue() throws Exception {
        String text = text(completion(CertificateSerial.random()));
        assertThat(text).contains("DIGITAL HEALTH ACADEMY", "Certificate of completion", "Dr Morgan Ellis",
                "Head of Accreditation", "for the Digital Health Academy", "20 March 2026", "Date of issue");
    }

    @Test
    void theCompletionCertificateSaysEachFactOnce() throws Exception {
        CertificateSerial serial = CertificateSerial.random();
        String text = text(completion(serial));
        for (String fact : List.of("Priya Ramanathan", "Helping patients register for online access", "Riverside Medical Centre",
                "14 March 2026", "14 March 2027", serial.display(), "45 minutes")) {
            assertThat(occurrences(text, fact)).as(fact).isEqualTo(1);
        }
        assertThat(text).doesNotContain("Learner:", "Module:", "Serial number:");
    }

    @Test
    void theIssuerIsTaggedTextNotDecoration() throws Exception {
        for (byte[] pdf : List.of(completion(CertificateSerial.random()), kiteMark(CertificateSerial.random()))) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(document.getPage(0));
                List<PDMarkedContent> issuer = extractor.getMarkedContents().stream()
                        .filter(content -> textOf(content).contains("DIGITAL HEALTH ACADEMY")).toList();
                assertThat(issuer).singleElement().satisfies(content -> {
                    assertThat(content.getTag()).isEqualTo("P");
                    assertThat(content.getMCID()).isNotNegative();
                });
            }
        }
    }

    private static String textOf(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        content.getContents().forEach(item -> {
            if (item instanceof org.apache.pdfbox.text.TextPosition glyph) {
                text.append(glyph.getUnicode());
            }
        });
        return text.toString();
    }

    @Test
    void noLargeBandOfTheCompletionCertificateIsLeftBlank() throws Exception {
        assertThat(PageLayout.of(completion(CertificateSerial.random())).largestBlankShare()).isLessThan(0.15);
    }

    @Test
    void theKiteMarkTitleIsOneLineClearOfTheEmblem() throws Exception {
        PageLayout page = PageLayout.of(kiteMark(CertificateSerial.random()));
        List<PageLayout.Line> title = page.linesWith("kite");
        assertThat(title).singleElement().satisfies(line -> assertThat(line.text()).isEqualTo("Digital Practice kite mark"));
        assertThat(page.lines).noneMatch(line -> line.text().strip().equals("mark"));
        assertThat(page.shapes).as("the emblem").isNotEmpty();
        Rectangle2D titleBox = title.get(0).box();
        Rectangle2D emblem = page.shapes.stream().map(Rectangle2D.class::cast).reduce(Rectangle2D::createUnion).orElseThrow();
        assertThat(emblem.intersects(titleBox)).as("emblem %s and title %s", emblem, titleBox).isFalse();
        // Clear by a visible margin, not a hair.
        assertThat(titleBox.getMinY() - emblem.getMaxY()).isGreaterThan(12);
        assertThat(text(kiteMark(CertificateSerial.random()))).contains("Dr Morgan Ellis", "Head of Accreditation",
                "for the Digital Health Academy", "20 March 2026");
    }
}
