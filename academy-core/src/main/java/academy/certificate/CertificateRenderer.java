package academy.certificate;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Draws a certificate as a one-page A4 PDF/A-2b document that is also tagged for PDF/UA-1: the
 * DejaVu Sans font embedded, an sRGB output intent, XMP metadata with title and language, and a
 * structure tree Document → H1, P…, Figure (the QR code, with alternative text) whose order is the
 * reading order. Borders and ornaments are marked as artefacts so screen readers skip them.
 * The result is unsigned; {@link PdfSigner} signs it.
 */
public class CertificateRenderer {

    private static final String FONT_REGULAR = "/academy/certificate/fonts/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/academy/certificate/fonts/DejaVuSans-Bold.ttf";
    private static final String AUTHOR = "Digital Health Academy";

    private static final float[] INK = {0.10f, 0.15f, 0.25f};
    private static final float[] ACCENT = {0.00f, 0.37f, 0.52f};
    private static final float[] MUTED = {0.30f, 0.33f, 0.38f};
    private static final float[] GOLD = {0.72f, 0.55f, 0.13f};

    private final ParsedFonts regularFont;
    private final ParsedFonts boldFont;
    private final byte[] srgbProfile;

    public CertificateRenderer() {
        this.regularFont = new ParsedFonts(resource(FONT_REGULAR));
        this.boldFont = new ParsedFonts(resource(FONT_BOLD));
        this.srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
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
            describe(document, content);
            Tagging tagging = new Tagging(document, page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                draw(new Canvas(stream, tagging, regular, bold, page.getMediaBox()), content);
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
        void draw(Canvas canvas, float width, float height) throws IOException;
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

    private static void draw(Canvas canvas, CertificateContent content) throws IOException {
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

    private void describe(PDDocument document, CertificateContent content) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        document.getDocumentInformation().setTitle(content.title());
        catalog.setLanguage(CertificateContent.LANGUAGE);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(content.title()).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgbProfile));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /**
     * PDF/A-2b and PDF/UA-1 identification, title, language and author. PDF/A-2 does not predefine
     * the PDF/UA identification schema, so it is declared as an extension schema.
     */
    static String xmp(String title) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escapeXml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + AUTHOR + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + CertificateContent.LANGUAGE + "</rdf:li></rdf:Bag></dc:language>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>\n"
                + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaProperty:name>part</pdfaProperty:name>\n"
                + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "<pdfaProperty:description>The part of ISO 14289 the document conforms to</pdfaProperty:description>\n"
                + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
                + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                + "</rdf:Description>\n"
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * The structure tree of the one page: elements under Document, each pointing at its marked
     * content by id, and the parent tree that maps the ids back to the elements.
     */
    private static final class Tagging {
        private final PDPage page;
        private final PDStructureTreeRoot root;
        private final PDStructureElement documentElement;
        private final COSArray parents = new COSArray();
        private int nextMcid;

        Tagging(PDDocument document, PDPage page) {
            this.page = page;
            this.root = new PDStructureTreeRoot();
            document.getDocumentCatalog().setStructureTreeRoot(root);
            this.documentElement = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
            root.appendKid(documentElement);
            page.setStructParents(0);
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        }

        /** A new element of the type under Document, with its marked-content id. */
        Tagged open(String type, COSName tag) {
            PDStructureElement element = new PDStructureElement(type, documentElement);
            element.setPage(page);
            documentElement.appendKid(element);
            COSDictionary properties = new COSDictionary();
            int mcid = nextMcid++;
            properties.setInt(COSName.MCID, mcid);
            element.appendKid(new PDMarkedContent(tag, properties));
            parents.add(element);
            return new Tagged(element, tag, PDPropertyList.create(properties));
        }

        void finish() {
            PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
            parentTree.setNumbers(Map.of(0, new PDParentTreeValue(parents)));
            root.setParentTree(parentTree);
            root.setParentTreeNextKey(1);
        }
    }

    private record Tagged(PDStructureElement element, COSName tag, PDPropertyList properties) {
    }

    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }

    /** Drawing with tags: every visible thing is either tagged content or an artefact. */
    private static final class Canvas {
        private final PDPageContentStream stream;
        private final Tagging tagging;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final PDRectangle box;

        Canvas(PDPageContentStream stream, Tagging tagging, PDType0Font regular, PDType0Font bold, PDRectangle box) {
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
            Tagged tagged = tagging.open(type, tag);
            stream.beginMarkedContent(tagged.tag(), tagged.properties());
            drawing.draw();
            stream.endMarkedContent();
        }

        float heading(String text, float size, float y, float[] colour) throws IOException {
            float[] next = {y};
            tagged(StandardStructureTypes.H1, COSName.getPDFName("H1"), () -> next[0] = lines(text, bold, size, y, colour, true));
            return next[0];
        }

        float paragraph(String text, PDType0Font font, float size, float y, float[] colour, boolean centred) throws IOException {
            float[] next = {y};
            tagged(StandardStructureTypes.P, COSName.P, () -> next[0] = lines(text, font, size, y, colour, centred));
            return next[0];
        }

        /** Each field a paragraph: the label in bold, the value after it, wrapped under itself. */
        float fields(List<CertificateField> fields, float left, float y) throws IOException {
            float current = y;
            float valueLeft = left + 150;
            for (CertificateField field : fields) {
                float top = current;
                float[] next = {current};
                tagged(StandardStructureTypes.P, COSName.P, () -> {
                    text(field.label() + ":", bold, 11, left, top, MUTED);
                    next[0] = linesAt(field.value(), regular, 11, valueLeft, top, INK, box.getWidth() - valueLeft - left);
                });
                current = next[0] - 6;
            }
            return current;
        }

        /** The QR code (a figure with alternative text) and the sentence that gives the address. */
        void verification(CertificateContent content) throws IOException {
            float side = 96;
            float left = box.getWidth() - 80 - side;
            float bottom = 60;
            Tagged figure = tagging.open(StandardStructureTypes.Figure, COSName.getPDFName("Figure"));
            figure.element().setAlternateDescription("QR code that opens the verification page of this certificate: "
                    + content.verifyUrl());
            stream.beginMarkedContent(figure.tag(), figure.properties());
            drawQr(QrCode.of(content.verifyUrl()), left, bottom, side);
            stream.endMarkedContent();
            float textWidth = left - 80 - 16;
            tagged(StandardStructureTypes.P, COSName.P, () -> linesAt(
                    "Check that this certificate is genuine, and whether it is still valid, at " + content.verifyUrl()
                            + " or by scanning the QR code. Serial number " + content.serial().display() + ".",
                    regular, 9.5f, 80, bottom + side - 10, MUTED, textWidth));
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
            float margin = 70;
            float current = y;
            for (String line : wrap(printable(text, font), font, size, box.getWidth() - 2 * margin)) {
                if (centred) {
                    centred(line, font, size, current, colour);
                } else {
                    text(line, font, size, margin, current, colour);
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
