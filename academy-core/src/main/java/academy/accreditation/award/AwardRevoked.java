package academy.accreditation.award;

/** Fired, within the transaction, when an award is revoked; the certificate feature revokes its certificate. */
public record AwardRevoked(long awardId, String reason) {
}
