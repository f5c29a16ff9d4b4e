package academy.accreditation.readiness;

import java.util.Map;

/**
 * The titles of the modules, guides, showcases and learning paths a scheme names, for gaps and
 * links in words. A slug without a title (retired since the scheme was loaded) shows as its slug.
 */
public record Titles(Map<String, String> modules, Map<String, String> guides, Map<String, String> showcases,
                     Map<String, String> paths) {

    public Titles {
        modules = Map.copyOf(modules);
        guides = Map.copyOf(guides);
        showcases = Map.copyOf(showcases);
        paths = Map.copyOf(paths);
    }

    public String module(String slug) {
        return modules.getOrDefault(slug, slug);
    }

    public String guide(String slug) {
        return guides.getOrDefault(slug, slug);
    }

    public String showcase(String slug) {
        return showcases.getOrDefault(slug, slug);
    }

    public String path(String slug) {
        return paths.getOrDefault(slug, slug);
    }
}
