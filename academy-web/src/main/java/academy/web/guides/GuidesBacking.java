package academy.web.guides;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.catalogue.Catalogue;
import academy.catalogue.Guide;

/** The list of patient guides ({@code /guides/index.xhtml}). */
@Named
@RequestScoped
public class GuidesBacking {

    @Inject
    Catalogue catalogue;

    private List<Guide> guides;

    public List<Guide> getGuides() {
        if (guides == null) {
            guides = catalogue.guides();
        }
        return guides;
    }
}
