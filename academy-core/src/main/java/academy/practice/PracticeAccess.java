package academy.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import academy.shared.AccessDeniedException;
import academy.shared.Actor;
import academy.shared.NotFoundException;

/**
 * Who may do what with a practice's data: the one place these rules live, so every service asks
 * here and the rules are tested once.
 * <ul>
 * <li>A practice's data is for its active managers and for administrators. Anyone else is told
 *     it does not exist ({@link NotFoundException}), so ids of other practices are never
 *     confirmed: a manager of practice A cannot even learn that membership 42 belongs to B.</li>
 * <li>Administrative work (practices, assessors, roles, the audit trail) is for administrators.</li>
 * <li>An assessor never assesses a practice they belong to, have applied to, or left less than
 *     {@value #CONFLICT_MONTHS} months ago.</li>
 * </ul>
 */
@ApplicationScoped
public class PracticeAccess {

    public static final int CONFLICT_MONTHS = 12;

    static final String NO_SUCH_PRACTICE = "There is no such practice, or it is not yours to see.";

    private Clock clock;

    protected PracticeAccess() {
        // for CDI's proxy
    }

    @Inject
    public PracticeAccess(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** True when the actor may read and change the practice's roster and records. */
    public boolean mayManage(Actor actor, long practiceId) {
        return actor.isAdministrator() || actor.manages(practiceId);
    }

    /**
     * @throws NotFoundException unless the actor manages the practice or is an administrator
     */
    public void requireMayManage(Actor actor, long practiceId) {
        if (!mayManage(actor, practiceId)) {
            throw new NotFoundException(NO_SUCH_PRACTICE);
        }
    }

    /**
     * As {@link #requireMayManage}, for a record (membership, invitation) that belongs to a practice;
     * the message names the record, never the practice.
     */
    public void requireMayManageRecordOf(Actor actor, long practiceId, String recordName) {
        if (!mayManage(actor, practiceId)) {
            throw new NotFoundException("There is no such " + recordName + ", or it is not yours to see.");
        }
    }

    /**
     * @throws AccessDeniedException unless the actor is an administrator
     */
    public void requireAdministrator(Actor actor) {
        if (!actor.isAdministrator()) {
            throw new AccessDeniedException("Only administrators can do that.");
        }
    }

    /**
     * @param assessorsMemberships every membership the assessor ever held, in any practice
     * @throws AccessDeniedException unless the actor is an assessor without a conflict of interest
     */
    public void requireMayAssess(Actor actor, Practice practice, List<Membership> assessorsMemberships) {
        if (!actor.isAssessor()) {
            throw new AccessDeniedException("Only assessors can assess practices.");
        }
        if (hasConflictOfInterest(practice, assessorsMemberships)) {
            throw new AccessDeniedException("You cannot assess " + practice.name() + ": you belong to it, or did within the last "
                    + CONFLICT_MONTHS + " months. Another assessor will take it.");
        }
    }

    /**
     * True when one of the memberships ties its holder to the practice now or within the last
     * {@value #CONFLICT_MONTHS} months (a pending application counts; a rejected one does not).
     */
    public boolean hasConflictOfInterest(Practice practice, List<Membership> memberships) {
        Instant since = conflictWindowStart();
        return memberships.stream().anyMatch(m -> m.practice().equals(practice) && m.heldSince(since));
    }

    /** The earliest end of a membership that still counts as a conflict of interest today. */
    public Instant conflictWindowStart() {
        return clock.instant().atOffset(ZoneOffset.UTC).minusMonths(CONFLICT_MONTHS).toInstant();
    }
}
