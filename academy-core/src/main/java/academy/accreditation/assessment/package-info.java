/**
 * The assessor's side of an application. Conflicts of interest (memberships and declared ones) are
 * excluded on every call; an application an assessor may not assess does not exist for them. Every
 * change is audited with the practice's id, so the application's timeline can be read from the audit trail.
 * Its reviews and threads per criterion, moderation of top-level awards, declared conflicts and
 * the pure decision rules live here.
 */
package academy.accreditation.assessment;
