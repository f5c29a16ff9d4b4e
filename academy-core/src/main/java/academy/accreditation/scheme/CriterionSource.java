package academy.accreditation.scheme;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import academy.catalogue.Area;
import academy.practice.ConditionFocus;
import academy.practice.JobRole;
import academy.practice.UptakeMeasure;

/**
 * One criterion of a scheme file, validated.
 *
 * @param levelRank   the rank of the lowest level that requires it
 * @param target      what must be reached: a percentage (training coverage), a number of PPG members,
 *                    the figure's minimum (metric threshold) or a number of sessions; 0 for evidence
 * @param modules     the modules to hold (training coverage) or that help (other kinds), as slugs
 * @param path        the learning path PPG members must complete (PPG training only)
 * @param ask         what evidence the practice is asked for (evidence only)
 */
public record CriterionSource(String slug, int levelRank, Area area, String title, String why, CriterionKind kind,
                              int target, Set<JobRole> roles, List<String> modules, Optional<String> path,
                              Optional<UptakeMeasure> measure, Optional<ConditionFocus> condition, Optional<String> ask,
                              List<String> guides, List<String> showcases) {

    public CriterionSource {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(kind, "kind");
        EnumSet<JobRole> copy = EnumSet.noneOf(JobRole.class);
        copy.addAll(roles);
        roles = Collections.unmodifiableSet(copy);
        modules = List.copyOf(modules);
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(ask, "ask");
        guides = List.copyOf(guides);
        showcases = List.copyOf(showcases);
    }
}
