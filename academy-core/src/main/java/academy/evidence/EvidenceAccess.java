package academy.evidence;

import academy.shared.Actor;

/**
 * Who may upload and read a practice's evidence: the rule is the caller's, passed in with each
 * call, so the store knows nothing of practices (usually {@code PracticeAccess::mayManage}, the
 * practice's managers and administrators).
 */
@FunctionalInterface
public interface EvidenceAccess {

    /** True when the actor may handle the evidence of the practice. */
    boolean allows(Actor actor, long practiceId);
}
