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

import academy.account.Person;
import academy.practice.PracticeAdministration;
import academy.shared.PageRequest;
import academy.shared.SystemRole;
import academy.web.faces.Messages;
import academy.web.security.CurrentUser;

/**
 * People ({@code /admin/people.xhtml}), for administrators: find anyone, appoint assessors and
 * administrators (a new address gets an account set-up link), grant and take away those roles,
 * suspend and reinstate accounts.
 */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PracticeAdministration administration;

    @Inject
    CurrentUser currentUser;

    private String search;
    private String appointName;
    private String appointEmail;
    private String appointRole = SystemRole.ASSESSOR.name();

    // Replaced after every change: a fresh model makes the table load its rows again, so the
    // page never shows the state from before the action.
    private PeopleModel people = new PeopleModel();

    public void filter() {
        // The lazy model reads the search on its next load.
    }

    public void appoint() {
        SystemRole role = roleNamed(appointRole);
        if (Messages.attempt(() -> {
            Person person = administration.appoint(currentUser.actor(), appointName, appointEmail, role);
            return person.displayName() + " (" + person.email() + ") is now " + roleLabel(role)
                    + ". We have emailed them.";
        })) {
            appointName = null;
            appointEmail = null;
        }
        people = new PeopleModel();
    }

    public void grant(long personId, String role) {
        SystemRole systemRole = roleNamed(role);
        Messages.attempt(() -> administration.grantRole(currentUser.actor(), personId, systemRole).displayName()
                + " is now " + roleLabel(systemRole) + ".");
        people = new PeopleModel();
    }

    public void revoke(long personId, String role) {
        SystemRole systemRole = roleNamed(role);
        Messages.attempt(() -> administration.revokeRole(currentUser.actor(), personId, systemRole).displayName()
                + " is no longer " + roleLabel(systemRole) + ".");
        people = new PeopleModel();
    }

    public void suspend(long personId) {
        Messages.attempt(() -> administration.suspend(currentUser.actor(), personId, "suspended by an administrator")
                .displayName() + " is suspended and cannot sign in.");
        people = new PeopleModel();
    }

    public void reinstate(long personId) {
        Messages.attempt(() -> administration.reinstate(currentUser.actor(), personId).displayName()
                + " is reinstated.");
        people = new PeopleModel();
    }

    public String roleLabel(SystemRole role) {
        return role == SystemRole.ASSESSOR ? "an assessor" : "an administrator";
    }

    private static SystemRole roleNamed(String name) {
        return SystemRole.ADMINISTRATOR.name().equals(name) ? SystemRole.ADMINISTRATOR : SystemRole.ASSESSOR;
    }

    public PeopleModel getPeople() {
        return people;
    }

    /** People by name, one page at a time, from the database. */
    public class PeopleModel extends LazyDataModel<Person> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.findPeople(currentUser.actor(), Optional.ofNullable(search), PageRequest.first(1)).total();
        }

        @Override
        public List<Person> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_PAGE_SIZE);
            var page = administration.findPeople(currentUser.actor(), Optional.ofNullable(search),
                    new PageRequest(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public String getAppointName() { return appointName; }
    public void setAppointName(String appointName) { this.appointName = appointName; }
    public String getAppointEmail() { return appointEmail; }
    public void setAppointEmail(String appointEmail) { this.appointEmail = appointEmail; }
    public String getAppointRole() { return appointRole; }
    public void setAppointRole(String appointRole) { this.appointRole = appointRole; }
}
