package academy.certificate;

import static academy.certificate.TaggedCanvas.ACCENT;
import static academy.certificate.TaggedCanvas.GOLD;
import static academy.certificate.TaggedCanvas.INK;
import static academy.certificate.TaggedCanvas.MUTED;
import static academy.certificate.TaggedCanvas.WHITE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws a certificate as a one-page A4 PDF/A-2b document that is also tagged for PDF/UA-1: the
 * DejaVu Sans font embedded, an sRGB output intent, XMP metadata with title and language, and a
 * structure tree Document → H1, P…, Figure (the QR code, with alternative text) whose order is the
 * reading order. Borders and ornaments are marked as artefacts so screen readers skip them.
 * The document's identity is {@link PdfAIdentity}'s, its structure tree {@link StructureTags}', and
 * the drawing {@link TaggedCanvas}'; this class holds the designs. The result is unsigned; {@link PdfSigner} signs it.
 */
public class CertificateRenderer {

    private static final String FONT_REGULAR = "/academy/certificate/fonts/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/academy/certificate/fonts/DejaVuSans-Bold.ttf";

    private final ParsedFonts regularFont;
    private final ParsedFonts boldFont;
    private final PdfAIdentity identity = new PdfAIdentity();

    public CertificateRenderer() {
        this.regularFont = new ParsedFonts(resource(FONT_REGULAR));
        this.boldFont = new ParsedFonts(resource(FONT_BOLD));
    }

    private static byte[] resource(String name) {
        try (InputStream in = CertificateRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unsigned PDF/A-2b bytes of the certificate, issued and signed for as the issue says. */
    public byte[] render(CertificateContent content, CertificateIssue issue) {
        TrueTypeFont regularFace = null;
        TrueTypeFont boldFace = null;
        boolean rendered = false;
        try (PDDocument document = new PDDocument()) {
            regularFace = regularFont.take();
            boldFace = boldFont.take();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font regular = PDType0Font.load(document, regularFace, true);
            PDType0Font bold = PDType0Font.load(document, boldFace, true);
            identity.describe(document, content.title());
            StructureTags tagging = new StructureTags(document, page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                draw(new TaggedCanvas(stream, tagging, regular, bold, page.getMediaBox()), content, issue);
            }
            tagging.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            // The fonts are subset here, so they go back to their shelf only after saving.
            document.save(out);
            rendered = true;
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render certificate " + content.serial(), e);
        } finally {
            regularFont.putBack(regularFace, rendered);
            boldFont.putBack(boldFace, rendered);
        }
    }

    /**
     * How a kind of certificate looks: its decoration (an artefact), where the heading's baseline
     * sits below the top edge, the heading's largest size and colour, the introduction and the space
     * above it, and the size of the holder's name.
     */
    private record Design(Decoration decoration, float headingTop, float headingSize, float[] headingColour,
                          String introduction, float introductionGap, float holderSize) {
    }

    @FunctionalInterface
    private interface Decoration {
        void draw(TaggedCanvas canvas, float width, float height) throws IOException;
    }

    /** Module completions: a band across the top that carries the issuer's name, and a framed page. */
    private static final Design COMPLETION = new Design((canvas, width, height) -> {
        canvas.strokeRectangle(24, 24, width - 48, height - 48, 3f, ACCENT);
        canvas.strokeRectangle(32, 32, width - 64, height - 64, 0.8f, GOLD);
        canvas.fillRectangle(32, height - 104, width - 64, 72, ACCENT);
        canvas.fillRectangle(width / 2 - 60, height - 220, 120, 1.6f, GOLD);
    }, 182, 36, INK, "This certifies that", 52, 32);

    /** The kite mark: a double border and the kite, which stops well above the title. */
    private static final Design KITE_MARK = new Design((canvas, width, height) -> {
        canvas.strokeRectangle(22, 22, width - 44, height - 44, 4f, GOLD);
        canvas.strokeRectangle(32, 32, width - 64, height - 64, 1.2f, ACCENT);
        canvas.kite(width / 2, height - 90, 38, ACCENT, GOLD);
        canvas.fillRectangle(width / 2 - 60, height - 240, 120, 1.6f, GOLD);
    }, 214, 32, ACCENT, "Awarded to", 34, 28);

    /** Where the signatory's line sits above the bottom edge. */
    private static final float SIGNATURE_LINE = 262;

    private static void draw(TaggedCanvas canvas, CertificateContent content, CertificateIssue issue) throws IOException {
        boolean kiteMark = content.kind() == CertificateKind.KITE_MARK;
        Design design = kiteMark ? KITE_MARK : COMPLETION;
        float width = canvas.box.getWidth();
        float height = canvas.box.getHeight();
        canvas.artifact(() -> design.decoration().draw(canvas, width, height));
        float issuerY = kiteMark ? height - 170 : height - 74;
        float[] issuerColour = kiteMark ? ACCENT : WHITE;
        canvas.paragraph(CertificateIssue.ISSUER.toUpperCase(java.util.Locale.UK), canvas.bold, 15, issuerY, issuerColour, true);
        float y = canvas.headingOnOneLine(content.heading(), design.headingSize(), height - design.headingTop(),
                design.headingColour());
        y = canvas.paragraph(design.introduction(), canvas.regular, 13, y - design.introductionGap(), MUTED, true);
        y = canvas.paragraph(content.holder(), canvas.bold, design.holderSize(), y - 14, INK, true);
        y = canvas.paragraph(content.statement(), canvas.regular, 13, y - 8, MUTED, true);
        List<String> particulars = content.particulars();
        if (!particulars.isEmpty()) {
            y = canvas.paragraph(particulars.get(0), canvas.bold, 19, y - 10, ACCENT, true);
            y -= 12;
            for (String line : particulars.subList(1, particulars.size())) {
                y = canvas.paragraph(line, canvas.regular, 11.5f, y, INK, true) - 2;
            }
        }
        canvas.signatures(issue, SIGNATURE_LINE);
        canvas.verification(content);
    }
}
