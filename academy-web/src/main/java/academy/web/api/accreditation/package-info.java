/**
 * The kite mark in the REST API: a practice's live readiness against the scheme in force, the
 * public register, the region's figures, evidence files for the assessors of an application, and
 * a run of the nightly award checks on demand.
 */
package academy.web.api.accreditation;
