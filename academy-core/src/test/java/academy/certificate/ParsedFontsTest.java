package academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

class ParsedFontsTest {

    private static byte[] dejaVu() throws IOException {
        try (InputStream in = ParsedFontsTest.class.getResourceAsStream("/academy/certificate/fonts/DejaVuSans.ttf")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFontPutBackIsLentAgainRatherThanParsedAgain() throws IOException {
        ParsedFonts fonts = new ParsedFonts(dejaVu());
        TrueTypeFont first = fonts.take();

        fonts.putBack(first, true);

        assertThat(fonts.kept()).isEqualTo(1);
        assertThat(fonts.take()).isSameAs(first);
        assertThat(fonts.kept()).isZero();
        assertThat(first.getName()).isEqualTo("DejaVuSans");
    }

    @Test
    void fontsTakenAtOnceAreDifferentAndTheShelfKeepsOnlyAFew() throws IOException {
        ParsedFonts fonts = new ParsedFonts(dejaVu());
        List<TrueTypeFont> taken = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            taken.add(fonts.take());
        }

        assertThat(taken).doesNotHaveDuplicates();
        taken.forEach(font -> fonts.putBack(font, true));
        assertThat(fonts.kept()).isEqualTo(4);
    }

    @Test
    void aFontFromAFailedRenderIsNotLentAgain() throws IOException {
        ParsedFonts fonts = new ParsedFonts(dejaVu());
        TrueTypeFont used = fonts.take();

        fonts.putBack(used, false);
        fonts.putBack(null, true);

        assertThat(fonts.kept()).isZero();
        assertThat(fonts.take()).isNotSameAs(used);
    }
}
