package academy.practice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person does in a practice. Learning paths name these roles to say which modules a
 * person must complete; PPG members are volunteers, not staff.
 */
public enum JobRole {
    GP("GP"),
    NURSE("Nurse"),
    HEALTHCARE_ASSISTANT("Healthcare assistant"),
    PHARMACIST("Pharmacist"),
    RECEPTIONIST("Receptionist"),
    ADMINISTRATOR("Administrator"),
    PRACTICE_MANAGER("Practice manager"),
    OTHER("Other staff"),
    PPG_MEMBER("PPG member");

    private final String slug;
    private final String label;

    JobRole(String label) {
        this.slug = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.label = label;
    }

    /** The id written in content files and URLs, e.g. {@code healthcare-assistant}; never changes. */
    public String slug() {
        return slug;
    }

    /** The text shown to people. */
    public String label() {
        return label;
    }

    /** Whether the role belongs to the practice's staff, as opposed to its patient volunteers. */
    public boolean isStaff() {
        return this != PPG_MEMBER;
    }

    public static Optional<JobRole> fromSlug(String slug) {
        return Arrays.stream(values()).filter(role -> role.slug.equals(slug)).findFirst();
    }
}
