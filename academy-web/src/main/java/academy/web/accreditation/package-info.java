/**
 * The kite-mark pages: a practice manager's readiness and action plan, and the application as the
 * practice follows it; after an award, "our kite mark" (conditions, revocation, appeals), the
 * practice's accreditation timeline, the appeals an assessor hears; the public register of
 * accredited practices; and the schedule of the nightly award checks.
 */
package academy.web.accreditation;
