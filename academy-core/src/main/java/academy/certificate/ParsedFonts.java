package academy.certificate;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A font file parsed once and lent to one certificate at a time. Parsing the TrueType font for
 * every certificate was two fifths of the certificate pipeline in the benchmarks' profiles. A
 * parsed font reads its file lazily and is not safe for two documents at once, so each render
 * takes one off the shelf (parsing another when the shelf is empty) and puts it back after saving;
 * the shelf keeps a few, enough for the renders that run at the same time.
 */
final class ParsedFonts {

    private static final int KEPT = 4;

    private final byte[] file;
    private final BlockingQueue<TrueTypeFont> shelf = new ArrayBlockingQueue<>(KEPT);

    ParsedFonts(byte[] file) {
        this.file = file.clone();
    }

    /** A parsed font for one document, yours until {@link #putBack}. */
    TrueTypeFont take() throws IOException {
        TrueTypeFont font = shelf.poll();
        return font != null ? font : new TTFParser().parse(new RandomAccessReadBuffer(file));
    }

    /**
     * The font back on the shelf after a document was saved with it; a font from a render that
     * failed part way, or one more than the shelf keeps, is closed instead.
     */
    void putBack(TrueTypeFont font, boolean clean) {
        if (font == null) {
            return;
        }
        if (!clean || !shelf.offer(font)) {
            try {
                font.close();
            } catch (IOException ignored) {
                // A font read from memory has nothing to release.
            }
        }
    }

    /** How many parsed fonts wait on the shelf (for tests). */
    int kept() {
        return shelf.size();
    }
}
