package academy.web.showcases;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.catalogue.Area;
import academy.catalogue.Catalogue;
import academy.catalogue.Showcase;

/** The showcase list ({@code /showcases/index.xhtml}), optionally for one kite-mark area. */
@Named
@RequestScoped
public class ShowcasesBacking {

    @Inject
    Catalogue catalogue;

    private String area;
    private List<Showcase> showcases = List.of();
    private Optional<Area> selectedArea = Optional.empty();

    public void load() {
        selectedArea = area == null ? Optional.empty() : Area.fromSlug(area.strip());
        showcases = catalogue.showcases(selectedArea);
    }

    public List<Area> getAreas() { return List.of(Area.values()); }
    public List<Showcase> getShowcases() { return showcases; }
    public Optional<Area> getSelectedArea() { return selectedArea; }
    public boolean isUnknownArea() { return area != null && !area.isBlank() && selectedArea.isEmpty(); }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
}
