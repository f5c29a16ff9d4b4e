package academy.web.showcases;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.catalogue.Catalogue;
import academy.catalogue.ModuleVersion;
import academy.catalogue.Showcase;
import academy.shared.NotFoundException;
import academy.web.faces.Pages;

/** One showcase ({@code /showcases/showcase.xhtml?slug=…}) with the modules that teach what it did. */
@Named
@RequestScoped
public class ShowcaseBacking {

    @Inject
    Catalogue catalogue;

    private String slug;
    private Showcase showcase;
    private List<ModuleVersion> modules = List.of();

    public void load() {
        try {
            showcase = catalogue.getShowcase(slug == null ? "" : slug.strip());
            modules = catalogue.modulesBySlugs(showcase.moduleSlugs());
        } catch (NotFoundException missing) {
            Pages.notFound("We could not find that showcase. It may have been withdrawn.");
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Showcase getShowcase() { return showcase; }
    public List<ModuleVersion> getModules() { return modules; }
}
