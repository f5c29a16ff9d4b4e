package academy.web.admin;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.account.Person;
import academy.accreditation.appeal.Appeal;
import academy.accreditation.appeal.AppealStatus;
import academy.accreditation.appeal.Appeals;
import academy.accreditation.award.AwardLifecycle;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.web.faces.Messages;
import academy.web.faces.Pages;
import academy.web.paging.PageLinks;
import academy.web.security.CurrentUser;

/**
 * {@code /admin/appeals.xhtml}: the appeals practices lodged, open ones by default, oldest first; an
 * administrator gives each to an assessor who did not take the decision (the service refuses anyone else).
 */
@Named
@ViewScoped
public class AppealsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    Appeals appeals;

    @Inject
    AwardLifecycle lifecycle;

    @Inject
    CurrentUser currentUser;


    private String page;
    private String show;
    private final Map<Long, String> chosen = new HashMap<>();
    private transient Page<Appeal> found;
    private transient List<Person> assessors;

    public Page<Appeal> getFound() {
        if (found == null) {
            int number = Pages.wholeNumber(page).filter(n -> n >= 1).orElse(1);
            found = appeals.inStatus(currentUser.actor(), "all".equals(show) ? EnumSet.allOf(AppealStatus.class)
                    : EnumSet.of(AppealStatus.LODGED, AppealStatus.ASSIGNED), new PageRequest(number - 1, PAGE_SIZE));
        }
        return found;
    }

    public List<Person> getAssessors() {
        if (assessors == null) {
            assessors = appeals.assessors(currentUser.actor());
        }
        return assessors;
    }

    public void assign(Appeal appeal) {
        // A select's value arrives as text whatever the map's declared type; parse it here.
        java.util.Optional<Integer> assessorId = Pages.wholeNumber(chosen.get(appeal.id()));
        if (assessorId.isEmpty()) {
            Messages.error("Choose the assessor who will hear the appeal of " + appeal.practice().name() + ".");
            return;
        }
        Messages.attempt(() -> {
            Appeal given = appeals.assign(currentUser.actor(), appeal.id(), assessorId.get(), lifecycle.now());
            return "The appeal of " + given.practice().name() + " is given to "
                    + given.assessor().map(Person::displayName).orElse("") + ".";
        });
        found = null;
    }

    public boolean isShowingAll() {
        return "all".equals(show);
    }

    /** The previous and next pages of the list, keeping which appeals it shows. */
    public PageLinks getPages() {
        Map<String, String> kept = new HashMap<>();
        kept.put("show", isShowingAll() ? "all" : "");
        return PageLinks.around(getFound(), FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/admin/appeals.xhtml", kept);
    }

    /** The tag colour of an appeal's status: waiting orange, with an assessor blue, decided green or grey. */
    public String statusColour(AppealStatus status) {
        return switch (status) {
            case LODGED -> "orange";
            case ASSIGNED -> "blue";
            case UPHELD -> "green";
            case DISMISSED -> "grey";
        };
    }
    public Map<Long, String> getChosen() { return chosen; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getShow() { return show; }
    public void setShow(String show) { this.show = show; }
}
