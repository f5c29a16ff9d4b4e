package academy.web.nhsuk;

import java.util.Set;

/** The NHS.UK tag colours a page may name with {@code <n:tag text="…" colour="…"/>}. */
final class TagColour {

    private static final Set<String> COLOURS = Set.of("white", "grey", "green", "aqua-green", "blue", "purple", "pink",
            "red", "orange", "yellow");

    private TagColour() {
    }

    /** "nhsuk-tag nhsuk-tag--blue"; the plain tag for no colour; an unknown colour is a page's mistake. */
    static String classFor(String colour) {
        if (colour == null || colour.isBlank()) {
            return "nhsuk-tag";
        }
        String c = colour.trim();
        if (!COLOURS.contains(c)) {
            throw new IllegalArgumentException("No NHS.UK tag colour " + c + "; use one of " + COLOURS);
        }
        return "nhsuk-tag nhsuk-tag--" + c;
    }
}
