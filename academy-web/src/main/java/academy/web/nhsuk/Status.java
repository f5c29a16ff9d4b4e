package academy.web.nhsuk;

import java.util.Arrays;
import java.util.Optional;

/**
 * The academy's one status vocabulary, drawn as NHS.UK tags ({@code <n:tag status="overdue"/>}).
 * Pages map their own domain status to one of these keys; no page draws a status another way.
 */
public enum Status {
    COMPLETE("complete", "Complete", "green"),
    DUE_SOON("due-soon", "Due soon", "yellow"),
    OVERDUE("overdue", "Overdue", "red"),
    REFRESH_NEEDED("refresh-needed", "Refresh needed", "orange"),
    IN_PROGRESS("in-progress", "In progress", "blue"),
    NOT_STARTED("not-started", "Not started", "grey"),
    NOT_REQUIRED("not-required", "Not required", "white");

    private final String key;
    private final String label;
    private final String colour;

    Status(String key, String label, String colour) {
        this.key = key;
        this.label = label;
        this.colour = colour;
    }

    /** The key pages use, e.g. "due-soon". */
    public String key() {
        return key;
    }

    /** What people read, e.g. "Due soon". */
    public String label() {
        return label;
    }

    /** The NHS.UK tag colour, e.g. "yellow". */
    public String colour() {
        return colour;
    }

    /** The tag's classes, e.g. "nhsuk-tag nhsuk-tag--yellow". */
    public String tagClass() {
        return "nhsuk-tag nhsuk-tag--" + colour;
    }

    public static Optional<Status> find(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /** The status with this key; an unknown key is a page's mistake, so it fails loudly. */
    public static Status of(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("No status with key " + key
                + "; use one of " + Arrays.stream(values()).map(Status::key).toList()));
    }
}
