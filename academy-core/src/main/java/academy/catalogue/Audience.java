package academy.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who a module is written for. */
public enum Audience {
    STAFF("Staff"),
    PPG("PPG members"),
    BOTH("Staff and PPG members");

    private final String slug;
    private final String label;

    Audience(String label) {
        this.slug = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.label = label;
    }

    /** The id written in content files and URLs, e.g. {@code ppg}; never changes. */
    public String slug() {
        return slug;
    }

    /** The text shown to people. */
    public String label() {
        return label;
    }

    public static Optional<Audience> fromSlug(String slug) {
        return Arrays.stream(values()).filter(audience -> audience.slug.equals(slug)).findFirst();
    }
}
