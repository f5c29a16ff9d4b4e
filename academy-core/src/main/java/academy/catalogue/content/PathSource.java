package academy.catalogue.content;

import academy.practice.JobRole;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A learning path, {@code paths/<slug>.yaml}: the modules people in these roles must complete.
 * A person's required modules are the union of the paths naming their role.
 */
public record PathSource(String slug, String title, Set<JobRole> roles, List<String> moduleSlugs) {

    public PathSource {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        EnumSet<JobRole> copy = EnumSet.noneOf(JobRole.class);
        copy.addAll(roles);
        roles = Collections.unmodifiableSet(copy);
        moduleSlugs = List.copyOf(moduleSlugs);
    }
}
