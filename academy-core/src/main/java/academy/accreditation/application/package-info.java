/**
 * Applying for the kite mark: the practice manager's service ({@link academy.accreditation.application.Accreditation}:
 * readiness, evidence, applying), the application with its criteria frozen as they stood when it was
 * submitted (append-only), its status and outcome, the decisions recorded on it, and the repository
 * that reads applications ({@link academy.accreditation.application.KiteMarkApplications}).
 */
package academy.accreditation.application;
