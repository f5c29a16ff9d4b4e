/** The kite mark in the REST API: a practice's live readiness against the scheme in force. */
package academy.web.api.accreditation;
