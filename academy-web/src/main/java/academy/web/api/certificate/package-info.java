/**
 * REST for certificates: public verification ({@code /verify/{serial}}), a learner's or manager's
 * completion certificate PDF, and Open Badges 3.0 credentials with the issuer profile and status lists.
 */
package academy.web.api.certificate;
