package academy.certificate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

import academy.shared.time.AcademyCalendar;

/** Drawing a certificate's page with tags: every visible thing is either tagged content or an artefact. */
final class TaggedCanvas {

    static final float[] INK = {0.10f, 0.15f, 0.25f};
    static final float[] ACCENT = {0.00f, 0.37f, 0.52f};
    static final float[] MUTED = {0.30f, 0.33f, 0.38f};
    static final float[] GOLD = {0.72f, 0.55f, 0.13f};
    static final float[] WHITE = {1, 1, 1};

    @FunctionalInterface
    interface Drawing {
        void draw() throws IOException;
    }

    /** The space kept free of text on either side of the page. */
    private static final float MARGIN = 70;

    private final PDPageContentStream stream;
    private final StructureTags tagging;
    final PDType0Font regular;
    final PDType0Font bold;
    final PDRectangle box;

    TaggedCanvas(PDPageContentStream stream, StructureTags tagging, PDType0Font regular, PDType0Font bold, PDRectangle box) {
        this.stream = stream;
        this.tagging = tagging;
        this.regular = regular;
        this.bold = bold;
        this.box = box;
    }

    void artifact(Drawing drawing) throws IOException {
        stream.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        stream.endMarkedContent();
    }

    private void tagged(String type, COSName tag, Drawing drawing) throws IOException {
        StructureTags.Tagged tagged = tagging.open(type, tag);
        stream.beginMarkedContent(tagged.tag(), tagged.properties());
        drawing.draw();
        stream.endMarkedContent();
    }

    float heading(String text, float size, float y, float[] colour) throws IOException {
        float[] next = {y};
        tagged(StandardStructureTypes.H1, COSName.getPDFName("H1"), () -> next[0] = lines(text, bold, size, y, colour, true));
        return next[0];
    }

    /**
     * The heading on one line: as large as the size given, smaller where the words would not fit
     * between the margins, so no word is left alone on a line of its own.
     */
    float headingOnOneLine(String text, float size, float y, float[] colour) throws IOException {
        String printable = printable(text, bold);
        // A little under the exact fit, so that rounding never pushes the last word onto a line of its own.
        float fitting = Math.min(size, 0.98f * (box.getWidth() - 2 * MARGIN) / Math.max(1, widthOf(printable, bold, 1)));
        return heading(printable, Math.max(fitting, 16), y, colour);
    }

    /**
     * The foot of the certificate: on the left the issuing officer's line, name and role, and that
     * they sign for the issuer; on the right the day of issue.
     */
    void signatures(CertificateIssue issue, float line) throws IOException {
        float columnWidth = 190;
        float left = 90;
        float right = box.getWidth() - 90 - columnWidth;
        artifact(() -> {
            fillRectangle(left, line, columnWidth, 0.8f, INK);
            fillRectangle(right, line, columnWidth, 0.8f, INK);
        });
        float[] next = {line - 15};
        tagged(StandardStructureTypes.P, COSName.P, () -> {
            next[0] = linesAt(issue.signatoryName(), bold, 11.5f, left, line - 15, INK, columnWidth);
            next[0] = linesAt(issue.signatoryRole(), regular, 9.5f, left, next[0], MUTED, columnWidth);
            linesAt("for the " + CertificateIssue.ISSUER, regular, 9.5f, left, next[0], MUTED, columnWidth);
        });
        tagged(StandardStructureTypes.P, COSName.P, () -> {
            linesAt(AcademyCalendar.day(issue.issuedAt()), bold, 11.5f, right, line - 15, INK, columnWidth);
            linesAt("Date of issue", regular, 9.5f, right, line - 15 - 11.5f * 1.35f, MUTED, columnWidth);
        });
    }

    float paragraph(String text, PDType0Font font, float size, float y, float[] colour, boolean centred) throws IOException {
        float[] next = {y};
        tagged(StandardStructureTypes.P, COSName.P, () -> next[0] = lines(text, font, size, y, colour, centred));
        return next[0];
    }

    /** The QR code (a figure with alternative text) and the sentence that gives the address. */
    void verification(CertificateContent content) throws IOException {
        float side = 96;
        float left = box.getWidth() - 80 - side;
        float bottom = 60;
        StructureTags.Tagged figure = tagging.open(StandardStructureTypes.Figure, COSName.getPDFName("Figure"));
        figure.element().setAlternateDescription("QR code that opens the verification page of this certificate: "
                + content.verifyUrl());
        stream.beginMarkedContent(figure.tag(), figure.properties());
        drawQr(QrCode.of(content.verifyUrl()), left, bottom, side);
        stream.endMarkedContent();
        float textWidth = left - 80 - 16;
        StructureTags.Tagged paragraph = tagging.open(StandardStructureTypes.P, COSName.P);
        stream.beginMarkedContent(paragraph.tag(), paragraph.properties());
        float y = linesAt("Check that this certificate is genuine, and whether it is still valid, by scanning the QR code"
                + " or at", regular, 9.5f, 80, bottom + side - 10, MUTED, textWidth);
        stream.endMarkedContent();
        y = link(paragraph, content.verifyUrl(), "The verification page of this certificate", 80, y, textWidth);
        tagged(StandardStructureTypes.P, COSName.P, () -> linesAt("Serial number " + content.serial().display() + ".",
                regular, 9.5f, 80, bottom + side - 10 - 4 * 9.5f * 1.35f, MUTED, textWidth));
    }

    /**
     * An address that opens when clicked: its text tagged as a Link inside the paragraph, with a link
     * annotation over it that says where it leads. Returns where the next line starts.
     */
    private float link(StructureTags.Tagged paragraph, String address, String description, float left, float y, float width)
            throws IOException {
        StructureTags.Tagged link = tagging.openIn(paragraph.element(), StandardStructureTypes.LINK, COSName.getPDFName("Link"));
        stream.beginMarkedContent(link.tag(), link.properties());
        float size = 9.5f;
        List<String> lines = wrap(printable(address, regular), regular, size, width);
        float current = y;
        float widest = 0;
        for (String line : lines) {
            text(line, regular, size, left, current, ACCENT);
            widest = Math.max(widest, widthOf(line, regular, size));
            current -= size * 1.35f;
        }
        stream.endMarkedContent();
        PDAnnotationLink annotation = new PDAnnotationLink();
        float top = y + size;
        float bottom = current + size * 1.35f - size * 0.3f;
        annotation.setRectangle(new PDRectangle(left, bottom, widest, top - bottom));
        PDActionURI open = new PDActionURI();
        open.setURI(address);
        annotation.setAction(open);
        annotation.setContents(description + ": " + address);
        annotation.setPrinted(true);
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        annotation.setBorderStyle(noBorder);
        tagging.annotate(link.element(), annotation);
        return current;
    }

    private void drawQr(QrCode code, float left, float bottom, float side) throws IOException {
        float module = side / code.size();
        stream.setNonStrokingColor(0f, 0f, 0f);
        for (int y = 0; y < code.size(); y++) {
            for (int x = 0; x < code.size(); x++) {
                if (code.isDark(x, y)) {
                    stream.addRect(left + x * module, bottom + side - (y + 1) * module, module, module);
                }
            }
        }
        stream.fill();
    }

    void strokeRectangle(float x, float y, float w, float h, float lineWidth, float[] colour) throws IOException {
        stream.setStrokingColor(colour[0], colour[1], colour[2]);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, w, h);
        stream.stroke();
    }

    void fillRectangle(float x, float y, float w, float h, float[] colour) throws IOException {
        stream.setNonStrokingColor(colour[0], colour[1], colour[2]);
        stream.addRect(x, y, w, h);
        stream.fill();
    }

    /** The kite: a diamond in two colours. */
    void kite(float cx, float cy, float size, float[] upper, float[] lower) throws IOException {
        stream.setNonStrokingColor(upper[0], upper[1], upper[2]);
        stream.moveTo(cx, cy + size);
        stream.lineTo(cx + size * 0.7f, cy);
        stream.lineTo(cx - size * 0.7f, cy);
        stream.closePath();
        stream.fill();
        stream.setNonStrokingColor(lower[0], lower[1], lower[2]);
        stream.moveTo(cx - size * 0.7f, cy);
        stream.lineTo(cx + size * 0.7f, cy);
        stream.lineTo(cx, cy - size * 1.3f);
        stream.closePath();
        stream.fill();
    }

    void centred(String text, PDType0Font font, float size, float y, float[] colour) throws IOException {
        String printable = printable(text, font);
        float width = font.getStringWidth(printable) / 1000 * size;
        text(printable, font, size, (box.getWidth() - width) / 2, y, colour);
    }

    private float lines(String text, PDType0Font font, float size, float y, float[] colour, boolean centred)
            throws IOException {
        float current = y;
        for (String line : wrap(printable(text, font), font, size, box.getWidth() - 2 * MARGIN)) {
            if (centred) {
                centred(line, font, size, current, colour);
            } else {
                text(line, font, size, MARGIN, current, colour);
            }
            current -= size * 1.3f;
        }
        return current;
    }

    private float linesAt(String text, PDType0Font font, float size, float left, float y, float[] colour, float width)
            throws IOException {
        float current = y;
        for (String line : wrap(printable(text, font), font, size, width)) {
            text(line, font, size, left, current, colour);
            current -= size * 1.35f;
        }
        return current;
    }

    private void text(String text, PDType0Font font, float size, float x, float y, float[] colour) throws IOException {
        stream.beginText();
        stream.setNonStrokingColor(colour[0], colour[1], colour[2]);
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(printable(text, font));
        stream.endText();
    }

    /** Characters the font cannot draw become a question mark rather than a failure. */
    static String printable(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Greedy word wrap; a word longer than the width is broken where it must be. */
    static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widthOf(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (widthOf(rest, font, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && widthOf(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float widthOf(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
