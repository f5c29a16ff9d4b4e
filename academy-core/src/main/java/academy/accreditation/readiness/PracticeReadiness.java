package academy.accreditation.readiness;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import academy.accreditation.scheme.SchemeLevel;
import academy.accreditation.scheme.SchemeVersion;
import academy.catalogue.Area;

/**
 * A practice's live readiness against the scheme in force: each criterion once (in scheme order),
 * each level with the criteria it requires, and progress per area over the whole scheme.
 */
public record PracticeReadiness(long practiceId, String practiceName, String schemeTitle, String schemeLabel,
                                List<CriterionReadiness> criteria, List<LevelReadiness> levels) {

    public PracticeReadiness {
        Objects.requireNonNull(practiceName, "practiceName");
        Objects.requireNonNull(schemeTitle, "schemeTitle");
        Objects.requireNonNull(schemeLabel, "schemeLabel");
        criteria = List.copyOf(criteria);
        levels = List.copyOf(levels);
    }

    /** Judges every criterion of the scheme once and groups them by level. */
    public static PracticeReadiness of(long practiceId, String practiceName, SchemeVersion scheme, ReadinessFacts facts,
                                       ReadinessRules rules) {
        List<CriterionReadiness> judged = scheme.criteria().stream().map(c -> rules.judge(c, facts)).toList();
        List<LevelReadiness> levels = scheme.levels().stream()
                .map(level -> new LevelReadiness(level, judged.stream().filter(c -> level.requires(c.criterion())).toList()))
                .toList();
        return new PracticeReadiness(practiceId, practiceName, scheme.title(), scheme.label(), judged, levels);
    }

    public List<CriterionReadiness> inArea(Area area) {
        return criteria.stream().filter(c -> c.criterion().area() == area).toList();
    }

    /** Progress per area over every criterion of the scheme (that is, of the top level). */
    public List<AreaProgress> areas() {
        return Arrays.stream(Area.values()).map(area -> {
            List<CriterionReadiness> inArea = inArea(area);
            return new AreaProgress(area, (int) inArea.stream().filter(CriterionReadiness::isMet).count(), inArea.size());
        }).toList();
    }

    /** The level a criterion is first required at. */
    public Optional<SchemeLevel> levelOf(CriterionReadiness criterion) {
        return levels.stream().map(LevelReadiness::level).filter(l -> l.rank() == criterion.criterion().levelRank()).findFirst();
    }

    public Optional<CriterionReadiness> criterion(String slug) {
        return criteria.stream().filter(c -> c.criterion().slug().equals(slug)).findFirst();
    }
}
