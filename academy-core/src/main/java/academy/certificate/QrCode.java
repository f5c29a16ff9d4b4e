package academy.certificate;

import java.util.Map;
import java.util.Objects;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * A QR code as a square of dark and light modules (no quiet zone: the drawing leaves that space).
 * Error correction M survives a crease or a smudge on a framed certificate.
 */
public final class QrCode {

    private final String text;
    private final boolean[][] dark;

    private QrCode(String text, boolean[][] dark) {
        this.text = text;
        this.dark = dark;
    }

    public static QrCode of(String text) {
        Objects.requireNonNull(text, "text");
        try {
            ByteMatrix matrix = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
            boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    modules[y][x] = matrix.get(x, y) == 1;
                }
            }
            return new QrCode(text, modules);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text.length() + " characters as a QR code", e);
        }
    }

    /** Modules per side. */
    public int size() {
        return dark.length;
    }

    public boolean isDark(int x, int y) {
        return dark[y][x];
    }

    /** What the code says. */
    public String text() {
        return text;
    }
}
