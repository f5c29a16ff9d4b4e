package academy.practice;

import java.util.Objects;
import java.util.Optional;

/**
 * A membership began, changed job role or ended, fired (synchronously, in the same transaction) by
 * {@link Roster} and {@link Registration}, so features above the practice (assigned training) can
 * follow it without the practice knowing of them.
 *
 * @param previousRole the role before, for {@link Change#ROLE_CHANGED}
 */
public record MembershipChanged(Membership membership, Change change, Optional<JobRole> previousRole) {

    public enum Change {
        STARTED, ROLE_CHANGED, ENDED
    }

    public MembershipChanged {
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(previousRole, "previousRole");
    }

    static MembershipChanged started(Membership membership) {
        return new MembershipChanged(membership, Change.STARTED, Optional.empty());
    }

    static MembershipChanged ended(Membership membership) {
        return new MembershipChanged(membership, Change.ENDED, Optional.empty());
    }

    static MembershipChanged roleChanged(Membership membership, JobRole before) {
        return new MembershipChanged(membership, Change.ROLE_CHANGED, Optional.of(before));
    }
}
