package academy.web.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import academy.practice.Practice;
import academy.practice.PracticeAdministration;
import academy.practice.PracticeDetails;
import academy.practice.Practices;
import academy.shared.PageRequest;
import academy.web.faces.Confirmation;
import academy.web.faces.Messages;
import academy.web.security.CurrentUser;

/**
 * The practices of the academy ({@code /admin/practices.xhtml}), for administrators: a lazy table
 * searched by name or ODS code, a form to add a practice, archive and reinstate (each after a yes).
 */
@Named
@ViewScoped
public class PracticesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ARCHIVE = "archive";
    private static final String REINSTATE = "reinstate";

    @Inject
    PracticeAdministration administration;

    @Inject
    CurrentUser currentUser;

    private String search;
    private boolean includeArchived = true;

    private String odsCode;
    private String name;
    private String pcn;
    private String locality;
    private String address;
    private String relocateCode;
    private String relocateLocality;
    private final Confirmation.Pending pending = new Confirmation.Pending();

    // Replaced after every change: a fresh model makes the table load its rows again, so the
    // page never shows the state from before the action.
    private PracticesModel practices = new PracticesModel();

    public void filter() {
        // The lazy model reads the search on its next load.
    }

    public void create() {
        if (Messages.attempt(() -> {
            Practice created = administration.createPractice(currentUser.actor(), odsCode, new PracticeDetails(name, pcn, address, locality));
            return created.name() + " (" + created.odsCode() + ") is added. Its join code is " + created.joinCode().value()
                    + ". Invite its practice manager from its roster.";
        })) {
            odsCode = null;
            name = null;
            pcn = null;
            locality = null;
            address = null;
        }
        practices = new PracticesModel();
    }

    public void relocate() {
        if (Messages.attempt(() -> {
            Practice changed = administration.relocate(currentUser.actor(), relocateCode == null ? "" : relocateCode,
                    relocateLocality);
            return changed.name() + " (" + changed.odsCode() + ") is now listed in " + changed.locality() + ".";
        })) {
            relocateCode = null;
            relocateLocality = null;
        }
        practices = new PracticesModel();
    }

    public void askToArchive(long practiceId, String practiceName) {
        pending.ask(Confirmation.of("Archive a practice", "Archive " + practiceName
                + "? It takes no new members; its history stays.", "Yes, archive", ARCHIVE, practiceId));
    }

    public void askToReinstate(long practiceId, String practiceName) {
        pending.ask(Confirmation.of("Reinstate a practice", "Make " + practiceName + " active again?",
                "Yes, reinstate", REINSTATE, practiceId));
    }

    /** Carries out the change the page asked about. */
    public void confirm() {
        Optional<Confirmation> taken = pending.take();
        if (taken.isEmpty()) {
            return;
        }
        Confirmation asked = taken.get();
        if (asked.is(ARCHIVE)) {
            Messages.attempt(() -> administration.archivePractice(currentUser.actor(), asked.subject()).name()
                    + " is archived: it takes no new members; its history stays.");
        } else if (asked.is(REINSTATE)) {
            Messages.attempt(() -> administration.reinstatePractice(currentUser.actor(), asked.subject()).name()
                    + " is active again.");
        }
        practices = new PracticesModel();
    }

    public void cancel() {
        pending.cancel();
    }

    public Confirmation getPending() {
        return pending.shown();
    }

    public PracticesModel getPractices() {
        return practices;
    }

    /** Practices by name, one page at a time, from the database. */
    public class PracticesModel extends LazyDataModel<Practice> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.findPractices(currentUser.actor(), filter(), PageRequest.first(1)).total();
        }

        @Override
        public List<Practice> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_PAGE_SIZE);
            var page = administration.findPractices(currentUser.actor(), filter(), new PageRequest(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }

        private Practices.Filter filter() {
            return new Practices.Filter(Optional.ofNullable(search), includeArchived);
        }
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public boolean isIncludeArchived() { return includeArchived; }
    public void setIncludeArchived(boolean includeArchived) { this.includeArchived = includeArchived; }
    public String getOdsCode() { return odsCode; }
    public void setOdsCode(String odsCode) { this.odsCode = odsCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPcn() { return pcn; }
    public void setPcn(String pcn) { this.pcn = pcn; }
    public String getLocality() { return locality; }
    public String getRelocateCode() { return relocateCode; }
    public void setRelocateCode(String relocateCode) { this.relocateCode = relocateCode; }
    public String getRelocateLocality() { return relocateLocality; }
    public void setRelocateLocality(String relocateLocality) { this.relocateLocality = relocateLocality; }
    public void setLocality(String locality) { this.locality = locality; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
