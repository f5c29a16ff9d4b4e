package academy.certificate;

import static academy.certificate.TaggedCanvas.ACCENT;
import static academy.certificate.TaggedCanvas.GOLD;
import static academy.certificate.TaggedCanvas.INK;
import static academy.certificate.TaggedCanvas.MUTED;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

    /** The unsigned PDF/A-2b bytes of the certificate. */
    public byte[] render(CertificateContent content) {
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
                draw(new TaggedCanvas(stream, tagging, regular, bold, page.getMediaBox()), content);
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
     * How a kind of certificate looks: its decoration (an artefact), where the heading starts, and
     * the sizes and words of its heading, introduction and holder's name.
     */
    private record Design(Decoration decoration, float headingTop, float headingSize, float[] headingColour,
                          String introduction, float introductionSize, float holderSize, float fieldsLeft) {
    }

    @FunctionalInterface
    private interface Decoration {
        void draw(TaggedCanvas canvas, float width, float height) throws IOException;
    }

    /** A lighter design for module completions: a band with the academy's name. */
    private static final Design COMPLETION = new Design((canvas, width, height) -> {
        canvas.strokeRectangle(28, 28, width - 56, height - 56, 2.5f, ACCENT);
        canvas.fillRectangle(28, height - 100, width - 56, 72, ACCENT);
        canvas.centred("DIGITAL HEALTH ACADEMY", canvas.bold, 13, height - 70, new float[] {1, 1, 1});
    }, 164, 30, INK, "This certifies that", 13, 24, 80);

    /** The kite mark, designed to be framed: a double border and the kite. */
    private static final Design KITE_MARK = new Design((canvas, width, height) -> {
        canvas.strokeRectangle(22, 22, width - 44, height - 44, 4f, GOLD);
        canvas.strokeRectangle(32, 32, width - 64, height - 64, 1.2f, ACCENT);
        canvas.kite(width / 2, height - 110, 46, ACCENT, GOLD);
    }, 190, 32, ACCENT, "Awarded to", 14, 28, 90);

    private static void draw(TaggedCanvas canvas, CertificateContent content) throws IOException {
        Design design = content.kind() == CertificateKind.KITE_MARK ? KITE_MARK : COMPLETION;
        float width = canvas.box.getWidth();
        float height = canvas.box.getHeight();
        canvas.artifact(() -> design.decoration().draw(canvas, width, height));
        float y = canvas.heading(content.heading(), design.headingSize(), height - design.headingTop(), design.headingColour());
        y = canvas.paragraph(design.introduction(), canvas.regular, design.introductionSize(), y - 18, MUTED, true);
        y = canvas.paragraph(content.holder(), canvas.bold, design.holderSize(), y - 8, INK, true);
        y = canvas.paragraph(content.statement(), canvas.regular, 13, y - 8, INK, true);
        canvas.fields(content.fields(), design.fieldsLeft(), y - 24);
        canvas.verification(content);
    }
}
