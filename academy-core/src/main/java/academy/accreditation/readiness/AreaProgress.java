package academy.accreditation.readiness;

import java.util.Objects;

import academy.catalogue.Area;

/** How many of the criteria of one area (within a level, or of the whole scheme) are met. */
public record AreaProgress(Area area, int met, int total) {

    public AreaProgress {
        Objects.requireNonNull(area, "area");
        if (met < 0 || total < 0 || met > total) {
            throw new IllegalArgumentException(met + " of " + total);
        }
    }

    /** Rounded down; 100 when the area has no criteria. */
    public int percent() {
        return total == 0 ? 100 : met * 100 / total;
    }
}
