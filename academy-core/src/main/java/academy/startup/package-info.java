/**
 * Start-up, above every feature: schema migration, the content and scheme load, the readiness the
 * health check reports, and the {@link academy.shared.AcademyStarted} event once all went well.
 */
package academy.startup;
