/**
 * The kite mark: the versioned scheme (levels and criteria loaded from {@code content/scheme}), each
 * practice's live readiness against it, and the evidence statements practices give for criteria an
 * assessor judges. Applications, reviews, decisions and awards will build on these.
 */
package academy.accreditation;
