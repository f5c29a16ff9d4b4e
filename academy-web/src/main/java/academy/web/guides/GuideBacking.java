package academy.web.guides;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.catalogue.Catalogue;
import academy.catalogue.Guide;
import academy.shared.NotFoundException;
import academy.web.faces.Pages;

/** One patient guide ({@code /guides/guide.xhtml?slug=…}). */
@Named
@RequestScoped
public class GuideBacking {

    @Inject
    Catalogue catalogue;

    private String slug;
    private Guide guide;

    public void load() {
        try {
            guide = catalogue.getGuide(slug == null ? "" : slug.strip());
        } catch (NotFoundException missing) {
            Pages.notFound("We could not find that guide. It may have been withdrawn.");
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Guide getGuide() { return guide; }
}
