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
import academy.web.faces.Confirmation;
import academy.web.faces.Messages;

/**
 * A practice's roster ({@code /practice/roster.xhtml?practice=<id>}): members (a lazy table paged,
 * sorted and filtered in the database), invitations, PPG applicants, the join code and former
 * members. Every change that cannot simply be undone asks first, on the page itself (no dialog, so
 * it reads on a phone): the page shows only the question until the manager answers. Changing a
 * member's job role is a small form of its own, shown instead of the roster meanwhile. The
 * {@link Roster} service checks on every call that the signed-in person manages the
 * practice (or is an administrator); another practice's id is simply "not found".
 */
@Named
@ViewScoped
public class RosterBacking extends PracticePage {

    private static final long serialVersionUID = 1L;

    private static final String DEACTIVATE = "deactivate";
    private static final String APPROVE = "approve";
    private static final String REJECT = "reject";
    private static final String REVOKE = "revoke";
    private static final String ROTATE = "rotate";

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

    private final Confirmation.Pending pending = new Confirmation.Pending();

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

    // --- changes that ask first -------------------------------------------------------------

    public void askToRevokeInvitation(long invitationId, String email) {
        pending.ask(Confirmation.of("Withdraw an invitation", "Withdraw the invitation to " + email
                + "? Its link stops working.", "Yes, withdraw", REVOKE, invitationId));
    }

    public void askToApprove(long membershipId, String name) {
        pending.ask(Confirmation.of("Approve a PPG member", "Approve " + name + " as a member of your PPG?"
                + " We will email them.", "Yes, approve", APPROVE, membershipId));
    }

    public void askToReject(long membershipId, String name) {
        pending.ask(Confirmation.of("Turn down an application", "Turn down " + name
                + "'s application? We will tell them kindly.", "Yes, turn down", REJECT, membershipId));
    }

    public void askToDeactivate(Membership membership) {
        String name = membership.person().displayName();
        pending.ask(isYou(membership)
                ? Confirmation.of("Deactivate yourself?", "This is your own membership. If you deactivate it you leave "
                        + membership.practice().name() + " and can no longer open this roster. Another manager or an"
                        + " administrator would have to add you again.", "Yes, deactivate me", DEACTIVATE, membership.id())
                : Confirmation.of("Deactivate a member", "Deactivate " + name
                        + "? They leave the practice; their history stays.", "Yes, deactivate", DEACTIVATE, membership.id()));
    }

    public void askToRotateJoinCode() {
        pending.ask(Confirmation.of("Get a new join code", "Get a new join code? The old code stops working at once.",
                "Yes, get a new code", ROTATE, practiceId()));
    }

    /** Carries out the change the page asked about. */
    public void confirm() {
        Optional<Confirmation> taken = pending.take();
        if (taken.isEmpty()) {
            return;
        }
        Confirmation asked = taken.get();
        long subject = asked.subject();
        switch (asked.action()) {
            case REVOKE -> Messages.attempt(() -> "The invitation to " + roster.revokeInvitation(actor(), subject).email()
                    + " is withdrawn; its link no longer works.");
            case APPROVE -> Messages.attempt(() -> roster.approve(actor(), subject).person().displayName()
                    + " is now a PPG member. We have emailed them.");
            case REJECT -> Messages.attempt(() -> "You turned down " + roster.reject(actor(), subject).person().displayName()
                    + "'s application. We have told them kindly.");
            case DEACTIVATE -> Messages.attempt(() -> {
                Membership ended = roster.deactivate(actor(), subject);
                return isYou(ended) ? "You are no longer a member of " + ended.practice().name() + "."
                        : ended.person().displayName() + " is no longer a member. Their history is kept under Former members.";
            });
            case ROTATE -> Messages.attempt(() -> "The new join code is " + roster.rotateJoinCode(actor(), practiceId()).value()
                    + ". The old code no longer works.");
            default -> throw new IllegalStateException("No roster action " + asked.action());
        }
        refresh();
    }

    public void cancel() {
        pending.cancel();
    }

    /** The change waiting for the manager's yes; null while none is. */
    public Confirmation getPending() {
        return pending.shown();
    }

    /** True for the signed-in person's own membership: the page warns before they deactivate themselves. */
    public boolean isYou(Membership membership) {
        return actor().personId().filter(id -> id.equals(membership.person().id())).isPresent();
    }

    /** Shows the "change job role" form for one member, instead of the roster. */
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
        long edited = editedMembershipId;
        if (Messages.attempt(() -> {
            Membership changed = roster.changeJobRole(actor(), edited, role.get());
            return changed.person().displayName() + " is now " + changed.jobRole().label() + ".";
        })) {
            cancelRoleChange();
        }
        refresh();
    }

    public void cancelRoleChange() {
        editedMembershipId = null;
        editedName = null;
        newRole = null;
    }

    /** True while the "change job role" form is shown. */
    public boolean isEditingRole() {
        return editedMembershipId != null;
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
