package academy.practice;

import java.util.List;
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

    private List<Membership> history(Actor actor) {
        return actor.personId().map(practices::membershipsOfPerson).orElse(List.of());
    }
}
