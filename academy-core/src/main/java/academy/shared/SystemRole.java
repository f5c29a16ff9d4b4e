package academy.shared;

/**
 * Roles a person holds across the whole academy rather than in one practice. Practice roles
 * (manager, staff, PPG member) come from memberships instead.
 */
public enum SystemRole {
    /** Reviews kite-mark applications, never for a practice of their own. */
    ASSESSOR,
    /** Runs the academy: practices, assessors, schemes, the audit trail. */
    ADMINISTRATOR
}
