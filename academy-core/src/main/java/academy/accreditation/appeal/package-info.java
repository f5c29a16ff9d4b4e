/**
 * Appeals against a refusal or a revocation: lodged by the practice's manager within the appeal window,
 * given by an administrator to an assessor who neither took the decision nor has a conflict of interest,
 * and upheld (the award reinstated, or the application reopened) or dismissed, with reasons.
 */
package academy.accreditation.appeal;
