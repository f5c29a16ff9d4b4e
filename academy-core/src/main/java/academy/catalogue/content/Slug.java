package academy.catalogue.content;

import java.util.regex.Pattern;

/** The shape of slugs and tags: lower-case words of letters and digits joined by single hyphens. */
public final class Slug {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slug() {
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }
}
