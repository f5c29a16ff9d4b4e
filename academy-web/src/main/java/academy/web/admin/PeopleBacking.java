package academy.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
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
import academy.account.PersonStatus;
import academy.practice.PracticeAdministration;
import academy.shared.PageRequest;
import academy.shared.SystemRole;
import academy.web.faces.Confirmation;
import academy.web.faces.Messages;
import academy.web.security.CurrentUser;

/**
 * People ({@code /admin/people.xhtml}), for administrators: find anyone, appoint assessors and
 * administrators (a new address gets an account set-up link), grant and take away those roles,
 * suspend and reinstate accounts; each change after a yes.
 */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String GRANT = "grant";
    private static final String REVOKE = "revoke";
    private static final String SUSPEND = "suspend";
    private static final String REINSTATE = "reinstate";

    @Inject
    PracticeAdministration administration;

    @Inject
    CurrentUser currentUser;

    private String search;
    private String appointName;
    private String appointEmail;
    private String appointRole = SystemRole.ASSESSOR.name();
    private final Confirmation.Pending pending = new Confirmation.Pending();

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

    public void askToGrant(Person person, String role) {
        SystemRole systemRole = roleNamed(role);
        pending.ask(new Confirmation("Give a role", "Make " + person.displayName() + " " + roleLabel(systemRole) + "?",
                "Yes, give the role", GRANT, person.id(), systemRole.name()));
    }

    public void askToRevoke(Person person, String role) {
        SystemRole systemRole = roleNamed(role);
        pending.ask(new Confirmation("Take away a role", "Take away the " + roleName(systemRole) + " role of "
                + person.displayName() + "?", "Yes, take it away", REVOKE, person.id(), systemRole.name()));
    }

    public void askToSuspend(Person person) {
        pending.ask(Confirmation.of("Suspend an account", "Suspend " + person.displayName()
                + "? They cannot sign in until reinstated.", "Yes, suspend", SUSPEND, person.id()));
    }

    public void askToReinstate(Person person) {
        pending.ask(Confirmation.of("Reinstate an account", "Let " + person.displayName() + " sign in again?",
                "Yes, reinstate", REINSTATE, person.id()));
    }

    /** Carries out the change the page asked about. */
    public void confirm() {
        Optional<Confirmation> taken = pending.take();
        if (taken.isEmpty()) {
            return;
        }
        Confirmation asked = taken.get();
        long personId = asked.subject();
        SystemRole role = roleNamed(asked.detail());
        switch (asked.action()) {
            case GRANT -> Messages.attempt(() -> administration.grantRole(currentUser.actor(), personId, role).displayName()
                    + " is now " + roleLabel(role) + ".");
            case REVOKE -> Messages.attempt(() -> administration.revokeRole(currentUser.actor(), personId, role).displayName()
                    + " is no longer " + roleLabel(role) + ".");
            case SUSPEND -> Messages.attempt(() -> administration.suspend(currentUser.actor(), personId,
                    "suspended by an administrator").displayName() + " is suspended and cannot sign in.");
            case REINSTATE -> Messages.attempt(() -> administration.reinstate(currentUser.actor(), personId).displayName()
                    + " is reinstated.");
            default -> throw new IllegalStateException("no action " + asked.action());
        }
        people = new PeopleModel();
    }

    public void cancel() {
        pending.cancel();
    }

    public Confirmation getPending() {
        return pending.shown();
    }

    /** The tag colour of an account's status: green when it can sign in, red when barred, grey before set-up. */
    public String statusColour(PersonStatus status) {
        return switch (status) {
            case ACTIVE -> "green";
            case SUSPENDED -> "red";
            default -> "grey";
        };
    }

    /** The academy roles a person holds, in words; "None" for most people. */
    public String rolesOf(Person person) {
        List<String> roles = new ArrayList<>();
        if (person.holds(SystemRole.ADMINISTRATOR)) {
            roles.add("Administrator");
        }
        if (person.holds(SystemRole.ASSESSOR)) {
            roles.add("Assessor");
        }
        return roles.isEmpty() ? "None" : String.join(", ", roles);
    }

    private static String roleName(SystemRole role) {
        return role == SystemRole.ASSESSOR ? "assessor" : "administrator";
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
