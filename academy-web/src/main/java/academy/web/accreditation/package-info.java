/** The kite-mark pages: a practice manager's readiness and action plan, and the application as the practice follows it. */
package academy.web.accreditation;
