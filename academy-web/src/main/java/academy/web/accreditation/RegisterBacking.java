package academy.web.accreditation;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.accreditation.register.Register;
import academy.accreditation.register.RegisterEntry;
import academy.accreditation.register.RegisterSearch;
import academy.shared.AcademyException;
import academy.web.faces.Messages;
import academy.web.paging.PagedModel;

/**
 * The public register of accredited digital practices ({@code /accreditation/register.xhtml}):
 * no sign-in, a search by name or code, locality and level, and a lazy table in name order.
 */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Register register;

    private String text;
    private String locality;
    private String level;
    private List<LevelChoice> levels = List.of();
    private RegisterSearch search = RegisterSearch.any();
    private PagedModel<RegisterEntry> entries = model(RegisterSearch.any());

    /** A level for the filter, kept with the view. */
    public record LevelChoice(String slug, String title) implements Serializable {
    }

    @PostConstruct
    void loadLevels() {
        levels = register.levels().stream().map(l -> new LevelChoice(l.slug(), l.title())).toList();
    }

    public void find() {
        try {
            search = RegisterSearch.of(text, locality, level);
            entries = model(search);
        } catch (AcademyException refused) {
            Messages.error(refused.getMessage());
        }
    }

    /** What an empty table says: nobody accredited yet, or nobody matching the search. */
    public String getEmptyMessage() {
        return search.isEmpty() ? "No practice holds the kite mark yet. Practices appear here once an assessor awards it."
                : "No accredited practice matches your search. Check the spelling, try part of the name, or clear the search.";
    }

    private PagedModel<RegisterEntry> model(RegisterSearch query) {
        return new PagedModel<>(page -> register.search(query, page), RegisterEntry::awardId);
    }

    public PagedModel<RegisterEntry> getEntries() { return entries; }
    public List<LevelChoice> getLevels() { return levels; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = locality; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
}
