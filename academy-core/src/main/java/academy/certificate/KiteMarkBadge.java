package academy.certificate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import academy.shared.time.AcademyCalendar;
import java.util.Optional;

/**
 * The image a practice embeds on its website to show its kite mark: an SVG with the level and the
 * last valid day, drawn from the award's standing when it is asked for, so a revoked, lapsed or
 * replaced kite mark never goes on looking valid. Its text is also its accessible name. A completion
 * certificate's credential shows the same kind of badge, with the module's name.
 *
 * @param heading    what it is ("Digital Practice kite mark", "Certificate of completion")
 * @param level      the level awarded, or the module completed
 * @param validUntil the last valid day, if it has one
 * @param standing   what the badge says about it
 */
public record KiteMarkBadge(String heading, String level, Optional<LocalDate> validUntil, Standing standing) {

    static final String KITE_MARK = "Digital Practice kite mark";
    static final String COMPLETION = "Certificate of completion";

    /** A kite mark's badge. */
    public KiteMarkBadge(String level, LocalDate validUntil, Standing standing) {
        this(KITE_MARK, level, Optional.of(validUntil), standing);
    }

    /** The badge of a completion certificate. */
    static KiteMarkBadge ofCompletion(String module, Optional<LocalDate> validUntil, CertificateStatus status) {
        Standing standing = switch (status) {
            case VALID -> Standing.VALID;
            case EXPIRED -> Standing.EXPIRED;
            case REVOKED -> Standing.REVOKED;
            case SUPERSEDED -> Standing.SUPERSEDED;
        };
        return new KiteMarkBadge(COMPLETION, module, validUntil, standing);
    }

    public static final String MEDIA_TYPE = "image/svg+xml";
    private static final int WIDTH = 320;
    private static final int HEIGHT = 96;

    /** The four faces of the badge. */
    public enum Standing {
        VALID("valid", "#1d6b3a"),
        EXPIRED("expired", "#5f6368"),
        REVOKED("revoked", "#a4262c"),
        SUPERSEDED("superseded", "#5f6368");

        private final String slug;
        private final String colour;

        Standing(String slug, String colour) {
            this.slug = slug;
            this.colour = colour;
        }

        public String slug() {
            return slug;
        }
    }

    public KiteMarkBadge {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(standing, "standing");
    }

    /** The second line: in force until a day, or why it is not. */
    public String statusLine() {
        boolean kiteMark = KITE_MARK.equals(heading);
        return switch (standing) {
            case VALID -> validUntil.map(day -> "Valid until " + AcademyCalendar.day(day)).orElse("Valid");
            case EXPIRED -> validUntil.map(day -> "Expired on " + AcademyCalendar.day(day.plusDays(1))).orElse("Expired");
            case REVOKED -> kiteMark ? "Revoked: no longer accredited" : "Revoked: no longer valid";
            case SUPERSEDED -> kiteMark ? "Replaced by a newer kite mark" : "Replaced by a newer certificate";
        };
    }

    /** What the badge says, in one sentence: its alternative text. */
    public String text() {
        return heading + ", " + level + ". " + statusLine() + ".";
    }

    /** The SVG document, UTF-8. */
    public byte[] svg() {
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 "
                + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-labelledby=\"title\" data-status=\"" + standing.slug + "\">\n"
                + "<title id=\"title\">" + escape(text()) + "</title>\n"
                + "<rect width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" rx=\"8\" fill=\"#ffffff\" stroke=\"" + standing.colour
                + "\" stroke-width=\"4\"/>\n"
                + "<rect x=\"0\" y=\"0\" width=\"72\" height=\"" + HEIGHT + "\" rx=\"8\" fill=\"" + standing.colour + "\"/>\n"
                // The kite: a diamond with its cross spars.
                + "<path d=\"M36 14 L58 44 L36 82 L14 44 Z M14 44 H58 M36 14 V82\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"4\"/>\n"
                + "<g font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" fill=\"#1b1b1b\">\n"
                + "<text x=\"86\" y=\"28\" font-size=\"15\" font-weight=\"bold\">" + escape(heading) + "</text>\n"
                + "<text x=\"86\" y=\"52\" font-size=\"14\">" + escape(shorten(level, 30)) + "</text>\n"
                + "<text x=\"86\" y=\"76\" font-size=\"13\" fill=\"" + standing.colour + "\" font-weight=\"bold\">"
                + escape(statusLine()) + "</text>\n"
                + "</g>\n</svg>\n";
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** Text made safe inside XML or HTML text and attribute values. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
