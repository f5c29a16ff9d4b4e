package academy.web.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import academy.practice.Invitation;
import academy.practice.InvitationStatus;
import academy.practice.JobRole;
import academy.practice.MemberQuery;
import academy.practice.Membership;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.web.faces.Messages;

/**
 * A practice's roster ({@code /practice/roster.xhtml?practice=<id>}): members (a lazy table paged,
 * sorted and filtered in the database), invitations, PPG applicants, the join code and former
 * members. The {@link Roster} service checks on every call that the signed-in person manages the
 * practice (or is an administrator); another practice's id is simply "not found".
 */
@Named
@ViewScoped
public class RosterBacking extends PracticePage {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    // Entities are re-read after every action; never serialised with the view.
    private transient List<Membership> applicants;
    private transient List<Invitation> invitations;
    private transient List<Membership> formerMembers;

    // Replaced after every change: a fresh model makes the table load its rows again, so the
    // page never shows the state from before the action.
    private MembersModel members = new MembersModel();
    private String search;
    private String roleFilter;

    private String inviteName;
    private String inviteEmail;
    private String inviteRole = JobRole.RECEPTIONIST.slug();

    private Long editedMembershipId;
    private String editedName;
    private String newRole;

    @Override
    protected void chosen() {
        refresh();
    }

    private void refresh() {
        forgetPractice();
        applicants = null;
        invitations = null;
        formerMembers = null;
        members = new MembersModel();
    }

    public List<Membership> getApplicants() {
        if (applicants == null) {
            applicants = roster.applicants(actor(), practiceId());
        }
        return applicants;
    }

    /** Invitations still waiting for an answer; accepted, revoked and expired ones are history. */
    public List<Invitation> getInvitations() {
        if (invitations == null) {
            Instant now = clock.instant();
            invitations = roster.invitations(actor(), practiceId()).stream()
                    .filter(i -> i.statusAt(now) == InvitationStatus.OPEN).toList();
        }
        return invitations;
    }

    public List<Membership> getFormerMembers() {
        if (formerMembers == null) {
            formerMembers = roster.formerMembers(actor(), practiceId());
        }
        return formerMembers;
    }

    // --- actions: one service call, one message each ------------------------------------------

    public void invite() {
        Optional<JobRole> role = JobRole.fromSlug(inviteRole == null ? "" : inviteRole);
        if (role.isEmpty()) {
            Messages.error("Please choose a job role.");
            return;
        }
        if (Messages.attempt(() -> {
            Invitation sent = roster.invite(actor(), practiceId(), inviteName, inviteEmail, role.get());
            return "Invitation sent to " + sent.displayName() + " (" + sent.email() + "). It works for 7 days.";
        })) {
            inviteName = null;
            inviteEmail = null;
        }
        refresh();
    }

    public void revokeInvitation(long invitationId) {
        Messages.attempt(() -> "The invitation to " + roster.revokeInvitation(actor(), invitationId).email()
                + " is withdrawn; its link no longer works.");
        refresh();
    }

    public void approve(long membershipId) {
        Messages.attempt(() -> roster.approve(actor(), membershipId).person().displayName()
                + " is now a PPG member. We have emailed them.");
        refresh();
    }

    public void reject(long membershipId) {
        Messages.attempt(() -> "You turned down " + roster.reject(actor(), membershipId).person().displayName()
                + "'s application. We have told them kindly.");
        refresh();
    }

    public void deactivate(long membershipId) {
        Messages.attempt(() -> {
            Membership ended = roster.deactivate(actor(), membershipId);
            return isYou(ended) ? "You are no longer a member of " + ended.practice().name() + "."
                    : ended.person().displayName() + " is no longer a member. Their history is kept under Former members.";
        });
        refresh();
    }

    /** True for the signed-in person's own membership: the page warns before they deactivate themselves. */
    public boolean isYou(Membership membership) {
        return actor().personId().filter(id -> id.equals(membership.person().id())).isPresent();
    }

    public void rotateJoinCode() {
        Messages.attempt(() -> "The new join code is " + roster.rotateJoinCode(actor(), practiceId()).value()
                + ". The old code no longer works.");
        refresh();
    }

    /** Opens the "change job role" dialog for one member. */
    public void editRole(long membershipId, String name, String currentRole) {
        editedMembershipId = membershipId;
        editedName = name;
        newRole = currentRole;
    }

    public void changeRole() {
        Optional<JobRole> role = JobRole.fromSlug(newRole == null ? "" : newRole);
        if (editedMembershipId == null || role.isEmpty()) {
            Messages.error("Please choose a job role.");
            return;
        }
        Messages.attempt(() -> {
            Membership changed = roster.changeJobRole(actor(), editedMembershipId, role.get());
            return changed.person().displayName() + " is now " + changed.jobRole().label() + ".";
        });
        refresh();
    }

    // --- the members table ---------------------------------------------------------------------

    /** Applies the search and role filter (the table reloads from the database). */
    public void filter() {
        // Nothing to do: the lazy model reads search and roleFilter on its next load.
    }

    public List<JobRole> getJobRoles() {
        return Arrays.asList(JobRole.values());
    }

    /** Roles a manager can invite staff into (PPG members join with the join code instead). */
    public List<JobRole> getStaffRoles() {
        return Arrays.stream(JobRole.values()).filter(JobRole::isStaff).toList();
    }

    public MembersModel getMembers() {
        return members;
    }

    /** The current members, one page at a time, straight from the database. */
    public class MembersModel extends LazyDataModel<Membership> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1, Map.of()).total();
        }

        @Override
        public List<Membership> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<Membership> page = page(first / Math.max(pageSize, 1), pageSize, sortBy);
            setRowCount((int) page.total());
            return page.items();
        }

        private Page<Membership> page(int number, int size, Map<String, SortMeta> sortBy) {
            MemberQuery.Sort sort = MemberQuery.Sort.NAME;
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                sort = switch (meta.getField()) {
                    case "email" -> MemberQuery.Sort.EMAIL;
                    case "role" -> MemberQuery.Sort.JOB_ROLE;
                    case "since" -> MemberQuery.Sort.SINCE;
                    default -> MemberQuery.Sort.NAME;
                };
                ascending = meta.getOrder() != SortOrder.DESCENDING;
            }
            MemberQuery query = new MemberQuery(Optional.ofNullable(search),
                    JobRole.fromSlug(roleFilter == null ? "" : roleFilter), sort, ascending);
            return roster.findMembers(actor(), practiceId(), query,
                    new PageRequest(number, Math.min(Math.max(size, 1), PageRequest.MAX_PAGE_SIZE)));
        }
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public String getRoleFilter() { return roleFilter; }
    public void setRoleFilter(String roleFilter) { this.roleFilter = roleFilter; }
    public String getInviteName() { return inviteName; }
    public void setInviteName(String inviteName) { this.inviteName = inviteName; }
    public String getInviteEmail() { return inviteEmail; }
    public void setInviteEmail(String inviteEmail) { this.inviteEmail = inviteEmail; }
    public String getInviteRole() { return inviteRole; }
    public void setInviteRole(String inviteRole) { this.inviteRole = inviteRole; }
    public String getEditedName() { return editedName; }
    public String getNewRole() { return newRole; }
    public void setNewRole(String newRole) { this.newRole = newRole; }
}
