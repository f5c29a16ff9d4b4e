package academy.learning;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import academy.catalogue.Audience;
import academy.catalogue.ModuleVersion;
import academy.practice.JobRole;
import academy.practice.Membership;
import academy.practice.Practice;
import academy.shared.AccessDeniedException;

/**
 * A person as a learner: their active memberships decide which modules they must take (by job
 * role) and which practice a completion is credited to.
 */
public record Learner(long personId, List<Membership> activeMemberships) {

    public Learner {
        activeMemberships = activeMemberships.stream().filter(Membership::isActive).toList();
    }

    /** @throws AccessDeniedException when the person has no active membership of any practice */
    public Learner requireMember() {
        if (activeMemberships.isEmpty()) {
            throw new AccessDeniedException("Learning is for staff and PPG members of a practice; you have no active membership.");
        }
        return this;
    }

    /**
     * The learner, when one of their active memberships is in a role the module is written for.
     *
     * @throws AccessDeniedException when it is not (a staff-only module for a PPG member), or without a membership
     */
    public Learner requireMayTake(ModuleVersion version) {
        requireMember();
        if (!mayTake(version)) {
            throw new AccessDeniedException("\"" + version.title() + "\" is for practice staff; as a PPG member you can"
                    + " read it, but not take it or report it.");
        }
        return this;
    }

    /** True when one of the active memberships is in a role the module is written for ({@link Audience#admits}). */
    public boolean mayTake(ModuleVersion version) {
        return activeMemberships.stream().anyMatch(m -> version.audience().admits(m.jobRole()));
    }

    /** The job roles of every active membership. */
    public Set<JobRole> roles() {
        Set<JobRole> roles = new LinkedHashSet<>();
        activeMemberships.forEach(m -> roles.add(m.jobRole()));
        return roles;
    }

    /**
     * The practice a completion of a module for {@code audience} is credited to: for a PPG module
     * the practice of the PPG membership, otherwise the staff membership; among several, the most
     * recently started.
     */
    public Practice practiceFor(Audience audience) {
        requireMember();
        Comparator<Membership> preferred = Comparator
                .comparing((Membership m) -> audience == Audience.PPG ? !m.jobRole().isStaff() : m.jobRole().isStaff())
                .thenComparing(m -> m.startedAt().orElse(Instant.EPOCH))
                .thenComparing(m -> Objects.requireNonNullElse(m.id(), 0L));
        return activeMemberships.stream().max(preferred).orElseThrow().practice();
    }
}
