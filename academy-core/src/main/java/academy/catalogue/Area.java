package academy.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three areas of the kite-mark scheme; every module and showcase serves one of them. */
public enum Area {
    INFRASTRUCTURE("Technological infrastructure"),
    STAFF_CULTURE("Staff culture and development"),
    PATIENT_UPSKILLING("Patient upskilling");

    private final String slug;
    private final String label;

    Area(String label) {
        this.slug = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.label = label;
    }

    /** The id written in content files and URLs, e.g. {@code patient-upskilling}; never changes. */
    public String slug() {
        return slug;
    }

    /** The text shown to people. */
    public String label() {
        return label;
    }

    public static Optional<Area> fromSlug(String slug) {
        return Arrays.stream(values()).filter(area -> area.slug.equals(slug)).findFirst();
    }
}
