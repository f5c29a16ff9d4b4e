/**
 * The kite mark, split by what people do with it; each sub-package owns its entities, queries and services:
 * <ul>
 * <li>{@code scheme}: the versioned scheme, its levels and criteria, read from {@code content/scheme};</li>
 * <li>{@code readiness}: each practice's live readiness against the current scheme, and the evidence
 *     statements practices give;</li>
 * <li>{@code application}: applying for a level, the application with its frozen criteria, and the
 *     decisions recorded on it;</li>
 * <li>{@code assessment}: the assessor's side (queue, criterion reviews with their threads, decisions
 *     and moderation, declared conflicts of interest);</li>
 * <li>{@code award}: the award and its conditions, and its life after it is made (lapse, missed
 *     conditions, renewal reminders, revocation, the nightly checks);</li>
 * <li>{@code appeal}: appeals against refusals and revocations, and what a practice may still appeal;</li>
 * <li>{@code register}: the public register of awards and the regional figures.</li>
 * </ul>
 * The order is the direction of use: a package uses only the ones above it in this list. This package
 * itself still holds the demo seeding and the free-text checks, which are on their way to the demo and
 * shared packages.
 */
package academy.accreditation;
