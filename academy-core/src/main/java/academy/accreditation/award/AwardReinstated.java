package academy.accreditation.award;

/**
 * Fired, within the transaction, when an upheld appeal undoes a revocation: the award stands as
 * before, and observers that acted on {@link AwardRevoked} may act again.
 */
public record AwardReinstated(long awardId) {
}
