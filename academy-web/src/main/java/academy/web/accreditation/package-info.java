/** The kite-mark pages: a practice manager's readiness and action plan. */
package academy.web.accreditation;
