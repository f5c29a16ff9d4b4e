package academy.web.home;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.catalogue.Area;
import academy.catalogue.Catalogue;
import academy.catalogue.Catalogue.ModuleFilter;
import academy.catalogue.Showcase;
import academy.shared.PageRequest;

/** The home page: what the academy is and a way in for each kind of visitor. */
@Named
@RequestScoped
public class IndexBacking {

    @Inject
    Catalogue catalogue;

    private long moduleCount = -1;
    private List<Showcase> showcases;

    public long getModuleCount() {
        if (moduleCount < 0) {
            moduleCount = catalogue.findModules(ModuleFilter.ALL, PageRequest.first(1)).total();
        }
        return moduleCount;
    }

    /** A few recent stories for the front page. */
    public List<Showcase> getShowcases() {
        if (showcases == null) {
            List<Showcase> all = catalogue.showcases(Optional.empty());
            showcases = all.subList(0, Math.min(3, all.size()));
        }
        return showcases;
    }

    public List<Area> getAreas() {
        return List.of(Area.values());
    }
}
