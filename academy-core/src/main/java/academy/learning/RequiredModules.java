package academy.learning;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import academy.catalogue.LearningPath;
import academy.practice.JobRole;

/**
 * Which modules a person must take: the union of the modules of every active learning path that
 * names one of their job roles (PPG members: the paths naming {@link JobRole#PPG_MEMBER}), in path
 * order, each module once.
 */
public final class RequiredModules {

    private RequiredModules() {
    }

    public static List<String> of(Collection<LearningPath> paths, Collection<JobRole> roles) {
        LinkedHashSet<String> slugs = new LinkedHashSet<>();
        paths.stream()
                .sorted(java.util.Comparator.comparing(LearningPath::slug))
                .filter(path -> roles.stream().anyMatch(path::appliesTo))
                .forEach(path -> slugs.addAll(path.moduleSlugs()));
        return List.copyOf(slugs);
    }
}
