package academy.certificate;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a test can measure on a rendered certificate page, in page units from the top-left corner:
 * the lines of text with their boxes, the filled shapes that are not rectangles (the emblem), and
 * the tallest band of the framed page holding nothing at all.
 */
final class PageLayout {

    /** A line of text as the reader shows it, and the box its glyphs take up. */
    record Line(String text, Rectangle2D box) {
    }

    final List<Line> lines = new ArrayList<>();
    final List<Rectangle2D> shapes = new ArrayList<>();
    final float pageHeight;
    private final BufferedImage image;
    private final float scale;

    private PageLayout(PDDocument document) throws IOException {
        PDPage page = document.getPage(0);
        pageHeight = page.getMediaBox().getHeight();
        new PDFTextStripper() {
            {
                setSortByPosition(true);
            }

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                Rectangle2D box = null;
                for (TextPosition glyph : positions) {
                    Rectangle2D one = new Rectangle2D.Float(glyph.getXDirAdj(), glyph.getYDirAdj() - glyph.getHeightDir(),
                            glyph.getWidthDirAdj(), glyph.getHeightDir());
                    box = box == null ? one : box.createUnion(one);
                }
                if (box != null) {
                    lines.add(new Line(text, box));
                }
            }
        }.getText(document);
        new ShapeFinder(page).processPage(page);
        scale = 0.5f;
        image = new PDFRenderer(document).renderImageWithDPI(0, 72 * scale);
    }

    static PageLayout of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PageLayout(document);
        }
    }

    /** The lines whose text contains the words. */
    List<Line> linesWith(String words) {
        return lines.stream().filter(line -> line.text().contains(words)).toList();
    }

    /** The tallest run of pixel rows, inside a 50-unit frame, without a single mark on them: as a share of the page. */
    double largestBlankShare() {
        int inset = Math.round(50 * scale);
        int longest = 0;
        int run = 0;
        for (int y = inset; y < image.getHeight() - inset; y++) {
            boolean blank = true;
            for (int x = inset; x < image.getWidth() - inset && blank; x++) {
                blank = (image.getRGB(x, y) & 0xffffff) == 0xffffff;
            }
            run = blank ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return (double) longest / image.getHeight();
    }

    /** Collects the bounding box of every filled path that is not made of rectangles. */
    private final class ShapeFinder extends PDFGraphicsStreamEngine {

        private final java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath();
        private boolean rectangles;

        ShapeFinder(PDPage page) {
            super(page);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            rectangles = true;
        }

        @Override
        public void moveTo(float x, float y) {
            path.moveTo(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            path.lineTo(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            path.curveTo(x1, y1, x2, y2, x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return path.getCurrentPoint() == null ? new Point2D.Float() : path.getCurrentPoint();
        }

        @Override
        public void closePath() {
            path.closePath();
        }

        @Override
        public void fillPath(int windingRule) {
            if (!rectangles && path.getCurrentPoint() != null) {
                Rectangle2D box = path.getBounds2D();
                shapes.add(new Rectangle2D.Double(box.getX(), pageHeight - box.getMaxY(), box.getWidth(), box.getHeight()));
            }
            endPath();
        }

        @Override
        public void endPath() {
            path.reset();
            rectangles = false;
        }

        @Override
        public void strokePath() {
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            fillPath(windingRule);
        }

        @Override
        public void clip(int windingRule) {
            // clipping does not draw
        }

        @Override
        public void drawImage(PDImage pdImage) {
            // certificates carry no images
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // nor shadings
        }
    }
}
