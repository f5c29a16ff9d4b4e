/**
 * The kite mark: the versioned scheme (levels and criteria loaded from {@code content/scheme}), each
 * practice's live readiness against it, and the evidence statements practices give for criteria an
 * assessor judges; applications, their assessment ({@link academy.accreditation.Assessment}: queue,
 * per-criterion review with threads, declared conflicts, decisions, moderation) and awards. After an award:
 * lapse at expiry, missed conditions and renewal reminders (the nightly checks), revocation, and
 * appeals against refusals and revocations.
 */
package academy.accreditation;
