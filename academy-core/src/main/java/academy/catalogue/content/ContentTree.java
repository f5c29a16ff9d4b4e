package academy.catalogue.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything a valid content tree holds, each list ordered by slug. */
public record ContentTree(
        List<ModuleSource> modules,
        List<ShowcaseSource> showcases,
        List<GuideSource> guides,
        List<PathSource> paths) {

    public ContentTree {
        modules = List.copyOf(modules);
        showcases = List.copyOf(showcases);
        guides = List.copyOf(guides);
        paths = List.copyOf(paths);
    }

    public Optional<ModuleSource> findModule(String slug) {
        Objects.requireNonNull(slug, "slug");
        return modules.stream().filter(module -> module.slug().equals(slug)).findFirst();
    }
}
