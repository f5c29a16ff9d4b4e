package academy.signin;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import academy.account.Person;
import academy.practice.Membership;
import academy.shared.SystemRole;

/**
 * The groups the web layer's security works with ({@code @RolesAllowed}, page constraints),
 * derived afresh from the person's system roles and active memberships.
 */
public enum Group {
    /** Holds an active staff membership somewhere. */
    LEARNER("learner"),
    /** Holds an active (approved) PPG membership somewhere; a pending one grants nothing. */
    PPG("ppg"),
    /** Holds an active practice-manager membership somewhere. */
    MANAGER("manager"),
    ASSESSOR("assessor"),
    ADMIN("admin");

    private final String groupName;

    Group(String groupName) {
        this.groupName = groupName;
    }

    /** The name Jakarta Security sees. */
    public String groupName() {
        return groupName;
    }

    /** The groups of a person with these memberships (only the active ones count). */
    public static Set<Group> of(Person person, Collection<Membership> memberships) {
        Set<Group> groups = EnumSet.noneOf(Group.class);
        for (Membership membership : memberships) {
            if (!membership.isActive()) {
                continue;
            }
            groups.add(membership.jobRole().isStaff() ? LEARNER : PPG);
            if (membership.isManager()) {
                groups.add(MANAGER);
            }
        }
        if (person.holds(SystemRole.ASSESSOR)) {
            groups.add(ASSESSOR);
        }
        if (person.holds(SystemRole.ADMINISTRATOR)) {
            groups.add(ADMIN);
        }
        return groups;
    }
}
