package academy.web.catalogue;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.catalogue.Catalogue;
import academy.catalogue.Lesson;
import academy.catalogue.ModuleVersion;
import academy.catalogue.Showcase;
import academy.web.Pages;

/** One module's page ({@code /catalogue/module.xhtml?slug=…}): what it is, its lessons, where it is used. */
@Named
@RequestScoped
public class ModuleBacking {

    @Inject
    Catalogue catalogue;

    private String slug;
    private ModuleVersion module;
    private List<Lesson> lessons = List.of();
    private List<Showcase> showcases = List.of();

    public void load() {
        Optional<ModuleVersion> found = slug == null ? Optional.empty() : catalogue.findModule(slug.strip());
        if (found.isEmpty()) {
            Pages.notFound("We could not find that module. It may have been renamed or withdrawn.");
            return;
        }
        module = found.get();
        lessons = catalogue.lessonsOf(module);
        showcases = catalogue.showcasesFor(module.slug());
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public ModuleVersion getModule() { return module; }
    public List<Lesson> getLessons() { return lessons; }
    public List<Showcase> getShowcases() { return showcases; }
}
