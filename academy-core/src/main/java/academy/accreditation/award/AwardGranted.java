package academy.accreditation.award;

/**
 * Fired, within the transaction that made it, when a practice is awarded a kite mark; observers
 * (the certificate feature) add what belongs to the award in the same transaction.
 */
public record AwardGranted(long awardId) {
}
