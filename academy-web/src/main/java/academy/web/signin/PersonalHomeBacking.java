package academy.web.signin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.practice.Membership;
import academy.practice.MembershipStatus;
import academy.practice.Roster;
import academy.web.security.CurrentUser;

/**
 * {@code /home.xhtml}: where a person lands after signing in. The page shows a section per group
 * ({@code #{currentUser.hasGroup(…)}}); this bean adds the person's practices.
 */
@Named
@RequestScoped
public class PersonalHomeBacking {

    @Inject
    Roster roster;

    @Inject
    CurrentUser currentUser;

    private List<Membership> memberships;

    /** Current and waiting memberships; ended and rejected ones are history, not for the home page. */
    public List<Membership> getMemberships() {
        if (memberships == null) {
            memberships = roster.myMemberships(currentUser.actor()).stream()
                    .filter(m -> m.status() == MembershipStatus.ACTIVE || m.status() == MembershipStatus.PENDING)
                    .toList();
        }
        return memberships;
    }

    public boolean isWaitingForApproval() {
        return getMemberships().stream().anyMatch(m -> m.status() == MembershipStatus.PENDING);
    }
}
