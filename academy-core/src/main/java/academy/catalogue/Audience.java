package academy.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import academy.practice.JobRole;

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

    /**
     * Whether someone in {@code role} may take a module written for this audience: a staff-only
     * module is not for PPG members; PPG modules and modules for both are open to everyone
     * (staff support their PPG). The one rule every path that starts, reports or records
     * learning goes by.
     */
    public boolean admits(JobRole role) {
        return this != STAFF || role.isStaff();
    }

    public static Optional<Audience> fromSlug(String slug) {
        return Arrays.stream(values()).filter(audience -> audience.slug.equals(slug)).findFirst();
    }
}
