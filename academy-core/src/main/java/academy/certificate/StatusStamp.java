package academy.certificate;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Marks a stored certificate "REVOKED" or "SUPERSEDED" for re-download without touching a byte of
 * it: the signed file is kept whole and an incremental update is appended after it, adding one
 * printable rubber-stamp annotation across the page. The original signature keeps covering exactly
 * the bytes it signed (its revision), so it stays valid and the upload check recognises the file by
 * that revision. The stamp is drawn as the outlines of DejaVu Sans Bold (no font to embed, so the
 * file stays PDF/A-2b), and for PDF/UA it is tagged: an Annot element, read first, whose annotation's
 * contents say the status in words.
 */
final class StatusStamp {

    private static final float[] RED = {0.70f, 0.07f, 0.09f};
    private static final float WIDTH = 470;
    private static final float HEIGHT = 78;
    private static final float BOTTOM = 266;

    private static final TrueTypeFont FACE = parse("/academy/certificate/fonts/DejaVuSans-Bold.ttf");

    private StatusStamp() {
    }

    private static TrueTypeFont parse(String name) {
        try (InputStream in = StatusStamp.class.getResourceAsStream(name)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(Objects.requireNonNull(in, name).readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The signed bytes followed by an update that stamps the page.
     *
     * @param word        the big word: "REVOKED" or "SUPERSEDED"
     * @param line        the line under it ("on 7 December 2026")
     * @param description the status in a sentence, for screen readers and the annotation's contents
     */
    static byte[] mark(byte[] signed, String word, String line, String description) {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDPage page = document.getPage(0);
            PDAnnotationRubberStamp stamp = new PDAnnotationRubberStamp();
            stamp.setContents(description);
            stamp.setPrinted(true);
            stamp.setLocked(true);
            stamp.setReadOnly(true);
            stamp.setColor(new org.apache.pdfbox.pdmodel.graphics.color.PDColor(RED,
                    org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE));
            // Across the page between the facts and the signatures, where the completion design leaves room for it.
            PDRectangle media = page.getMediaBox();
            stamp.setRectangle(new PDRectangle((media.getWidth() - WIDTH) / 2, BOTTOM, WIDTH, HEIGHT));
            stamp.setAppearance(appearance(document, word, line));

            List<PDAnnotation> annotations = page.getAnnotations();
            annotations.add(stamp);
            page.setAnnotations(annotations);
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            tag(root, page, stamp, description);
            ByteArrayOutputStream out = new ByteArrayOutputStream(signed.length + 16 * 1024);
            // The update holds these dictionaries and what is new under them; the signed bytes come first, unchanged.
            COSDictionary documentElement = documentElement(root).getCOSObject();
            document.saveIncremental(out, Set.of(page.getCOSObject(), root.getCOSObject(),
                    root.getParentTree().getCOSObject(), documentElement));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not mark the certificate", e);
        }
    }

    private static PDStructureElement documentElement(PDStructureTreeRoot root) {
        return (PDStructureElement) root.getKids().get(0);
    }

    /** An Annot element first under Document, pointing at the stamp, and the parent tree pointing back. */
    private static void tag(PDStructureTreeRoot root, PDPage page, PDAnnotationRubberStamp stamp, String description) {
        PDStructureElement document = documentElement(root);
        PDStructureElement annot = new PDStructureElement(StandardStructureTypes.ANNOT, document);
        annot.setPage(page);
        annot.setAlternateDescription(description);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(stamp);
        reference.setPage(page);
        annot.appendKid(reference);
        Object first = document.getKids().get(0);
        document.insertBefore(annot, first);
        int key = root.getParentTreeNextKey();
        stamp.setStructParent(key);
        COSDictionary parentTree = root.getParentTree().getCOSObject();
        COSArray numbers = parentTree.getCOSArray(COSName.NUMS);
        numbers.add(COSInteger.get(key));
        numbers.add(annot.getCOSObject());
        COSArray limits = parentTree.getCOSArray(COSName.LIMITS);
        if (limits != null && limits.size() == 2) {
            limits.set(1, COSInteger.get(key));
        }
        root.setParentTreeNextKey(key + 1);
    }

    /** A red double frame with the word in large letters and the line under it. */
    private static PDAppearanceDictionary appearance(PDDocument document, String word, String line) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(0, 0, WIDTH, HEIGHT));
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            content.setStrokingColor(RED[0], RED[1], RED[2]);
            content.setNonStrokingColor(RED[0], RED[1], RED[2]);
            content.setLineWidth(5);
            content.addRect(4, 4, WIDTH - 8, HEIGHT - 8);
            content.stroke();
            content.setLineWidth(1.2f);
            content.addRect(12, 12, WIDTH - 24, HEIGHT - 24);
            content.stroke();
            outline(content, word, WIDTH - 70, 35, 64);
            outline(content, line, WIDTH - 160, 16, 26);
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    /**
     * The text drawn as filled glyph outlines, as large as fits the width and the band between the
     * heights given, centred in both directions.
     */
    private static void outline(PDPageContentStream content, String text, float maxWidth, float bandBottom, float bandTop)
            throws IOException {
        GeneralPath shape = new GeneralPath();
        synchronized (FACE) {
            float advance = 0;
            for (int glyph : text.codePoints().map(StatusStamp::glyphOf).toArray()) {
                shape.append(FACE.getGlyph().getGlyph(glyph).getPath()
                        .getPathIterator(AffineTransform.getTranslateInstance(advance, 0)), false);
                advance += FACE.getAdvanceWidth(glyph);
            }
        }
        Rectangle2D bounds = shape.getBounds2D();
        double scale = Math.min(maxWidth / bounds.getWidth(), (bandTop - bandBottom) / bounds.getHeight());
        AffineTransform place = AffineTransform.getTranslateInstance(WIDTH / 2.0, (bandBottom + bandTop) / 2.0);
        place.scale(scale, scale);
        place.translate(-bounds.getCenterX(), -bounds.getCenterY());
        draw(content, shape.getPathIterator(place));
        content.fill();
    }

    private static int glyphOf(int codePoint) {
        try {
            int glyph = FACE.getUnicodeCmapLookup().getGlyphId(codePoint);
            return glyph > 0 ? glyph : FACE.getUnicodeCmapLookup().getGlyphId('?');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** TrueType outlines are quadratic; a PDF path takes them as cubic curves of the same shape. */
    private static void draw(PDPageContentStream content, PathIterator it) throws IOException {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    content.moveTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    content.lineTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    content.curveTo(lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY),
                            c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    content.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> content.closePath();
            }
        }
    }
}
