package academy.practice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.shared.Actor;

/**
 * Conflicts of interest for assessors, for the accreditation feature: an assessor never assesses
 * a practice they belong to or belonged to in the last twelve months (rules in {@link PracticeAccess}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessorConflicts {

    @Inject
    Practices practices;

    @Inject
    PracticeAccess access;

    /**
     * @throws academy.shared.AccessDeniedException unless the actor is an assessor free to assess the practice
     * @throws academy.shared.NotFoundException      when there is no such practice
     */
    public void requireMayAssess(Actor actor, long practiceId) {
        Practice practice = practices.getPractice(practiceId);
        access.requireMayAssess(actor, practice, history(actor));
    }

    /** Ids of the practices the actor may not assess now; empty for someone with no memberships. */
    public Set<Long> conflictingPracticeIds(Actor actor) {
        List<Membership> history = history(actor);
        return history.stream().map(Membership::practice)
                .filter(practice -> access.hasConflictOfInterest(practice, history))
                .map(Practice::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The actor's conflicts of interest, one per practice, as the academy holds them: every
     * membership that ties them to a practice now (current, or an application waiting) or that
     * ended within the last {@value PracticeAccess#CONFLICT_MONTHS} months, newest first.
     */
    public List<Conflict> conflictsOf(Actor actor) {
        List<Membership> history = history(actor);
        Instant since = access.conflictWindowStart();
        Set<Long> seen = new HashSet<>();
        return history.stream().filter(m -> m.heldSince(since)).filter(m -> seen.add(m.practiceId()))
                .map(m -> new Conflict(m.practice(), m.jobRole(), m.isOpen(),
                        m.endedAt().map(ended -> ended.atOffset(ZoneOffset.UTC).plusMonths(PracticeAccess.CONFLICT_MONTHS)
                                .toInstant())))
                .toList();
    }

    /**
     * A practice the assessor may not assess.
     *
     * @param current true while they belong (or have applied) to it
     * @param until   for a membership that ended, when the conflict lapses
     */
    public record Conflict(Practice practice, JobRole jobRole, boolean current, Optional<Instant> until) {
    }

    private List<Membership> history(Actor actor) {
        return actor.personId().map(practices::membershipsOfPerson).orElse(List.of());
    }
}
