package academy.accreditation.readiness;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import academy.accreditation.scheme.SchemeLevel;
import academy.catalogue.Area;

/**
 * A practice's readiness for one level: every criterion the level requires (its own and those of
 * the levels below), how many are met, per area and overall.
 */
public record LevelReadiness(SchemeLevel level, List<CriterionReadiness> criteria) {

    public LevelReadiness {
        Objects.requireNonNull(level, "level");
        criteria = List.copyOf(criteria);
    }

    public int met() {
        return (int) criteria.stream().filter(CriterionReadiness::isMet).count();
    }

    public int total() {
        return criteria.size();
    }

    public int percent() {
        return total() == 0 ? 100 : met() * 100 / total();
    }

    public List<AreaProgress> areas() {
        return Arrays.stream(Area.values()).map(area -> {
            List<CriterionReadiness> inArea = criteria.stream().filter(c -> c.criterion().area() == area).toList();
            return new AreaProgress(area, (int) inArea.stream().filter(CriterionReadiness::isMet).count(), inArea.size());
        }).toList();
    }

    /** The automatic criteria not met yet: while any remain, the practice cannot apply for the level. */
    public List<CriterionReadiness> blocking() {
        return criteria.stream().filter(CriterionReadiness::blocksApplication).toList();
    }

    public boolean automaticCriteriaMet() {
        return blocking().isEmpty();
    }
}
