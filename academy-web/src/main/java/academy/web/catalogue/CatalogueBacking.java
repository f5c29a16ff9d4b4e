package academy.web.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.catalogue.Area;
import academy.catalogue.Audience;
import academy.catalogue.Catalogue;
import academy.catalogue.Catalogue.ModuleFilter;
import academy.catalogue.ModuleVersion;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.web.faces.Pages;

/**
 * The training catalogue ({@code /catalogue/index.xhtml}): filters travel in the URL (a plain GET
 * form), so every result page can be bookmarked, shared and used without JavaScript.
 */
@Named
@RequestScoped
public class CatalogueBacking {

    static final int PAGE_SIZE = 12;

    @Inject
    Catalogue catalogue;

    private String audience;
    private String area;
    private String q;
    private String page;

    private Page<ModuleVersion> results;
    private final List<String> notices = new ArrayList<>();

    public void load() {
        Optional<Audience> audienceFilter = parse(audience, Audience::fromSlug, "audience", "every audience");
        Optional<Area> areaFilter = parse(area, Area::fromSlug, "area", "every area");
        String text = q == null ? "" : q.strip();
        if (text.length() > 100) {
            notices.add("Searches are limited to 100 characters; only the first 100 were used.");
            text = text.substring(0, 100);
            q = text;
        }
        int pageNumber = Pages.wholeNumber(page).filter(n -> n >= 1).orElse(1);
        ModuleFilter filter = new ModuleFilter(audienceFilter, areaFilter, Optional.of(text));
        results = catalogue.findModules(filter, new PageRequest(pageNumber - 1, PAGE_SIZE));
        if (results.items().isEmpty() && pageNumber > 1 && results.total() > 0) {
            // A page past the end (an old bookmark): show the last page rather than nothing.
            results = catalogue.findModules(filter, new PageRequest(results.pageCount() - 1, PAGE_SIZE));
        }
    }

    private <T> Optional<T> parse(String value, Function<String, Optional<T>> parser, String what, String instead) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<T> parsed = parser.apply(value.strip());
        if (parsed.isEmpty()) {
            notices.add("The " + what + " \"" + value + "\" is not one we know, so training for " + instead + " is shown.");
        }
        return parsed;
    }

    public Page<ModuleVersion> getResults() {
        return results;
    }

    public List<String> getNotices() {
        return notices;
    }

    public boolean isFiltered() {
        return !isBlank(audience) || !isBlank(area) || !isBlank(q);
    }

    public List<Audience> getAudiences() {
        return Arrays.asList(Audience.values());
    }

    public List<Area> getAreas() {
        return Arrays.asList(Area.values());
    }

    public int getCurrentPage() {
        return results.pageNumber() + 1;
    }

    /** The previous page of results with the same filters; null on the first page (the pager hides that side). */
    public String getPreviousHref() {
        return results.pageNumber() > 0 ? pageAddress(results.pageNumber()) : null;
    }

    /** The next page of results with the same filters; null on the last page. */
    public String getNextHref() {
        return results.pageNumber() + 1 < results.pageCount() ? pageAddress(results.pageNumber() + 2) : null;
    }

    /** "Page 2 of 3" for the pager's link to page {@code offset} pages away. */
    public String pageLabel(int offset) {
        return "Page " + (getCurrentPage() + offset) + " of " + results.pageCount();
    }

    private String pageAddress(int number) {
        StringBuilder address = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/catalogue/index.xhtml?page=").append(number);
        for (String[] filter : new String[][] {{"q", q}, {"audience", audience}, {"area", area}}) {
            if (!isBlank(filter[1])) {
                address.append('&').append(filter[0]).append('=').append(ModuleBacking.encode(filter[1]));
            }
        }
        return address.toString();
    }

    public long getFirstShown() {
        return results.total() == 0 ? 0 : (long) results.pageNumber() * results.pageSize() + 1;
    }

    public long getLastShown() {
        return (long) results.pageNumber() * results.pageSize() + results.items().size();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
