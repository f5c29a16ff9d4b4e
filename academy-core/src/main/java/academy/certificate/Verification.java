package academy.certificate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the public verification of one serial shows.
 *
 * @param serial            the serial
 * @param kind              completion or kite mark
 * @param title             the document title
 * @param holder            whom it is for
 * @param fields            every printed field
 * @param issuedAt          when it was issued
 * @param validUntil        when it stops being valid, if ever
 * @param status            valid, expired, revoked or superseded
 * @param revokedAt         when it was revoked
 * @param revokedReason     why
 * @param supersededBy      the serial of the certificate that replaced it
 * @param pdfSha256         the SHA-256 of the stored PDF, in hex
 * @param award             for a kite-mark certificate, the award it attests and where that stands today
 */
public record Verification(CertificateSerial serial, CertificateKind kind, String title, String holder,
                           List<CertificateField> fields, Instant issuedAt, Optional<Instant> validUntil,
                           CertificateStatus status, Optional<Instant> revokedAt, Optional<String> revokedReason,
                           Optional<CertificateSerial> supersededBy, String pdfSha256,
                           Optional<AwardStanding> award) {

    static Verification of(Certificate certificate, Instant now) {
        return of(certificate, now, Optional.empty());
    }

    static Verification of(Certificate certificate, Instant now, Optional<AwardStanding> award) {
        return new Verification(certificate.serial(), certificate.kind(), certificate.title(), certificate.holderName(),
                List.copyOf(certificate.fields()), certificate.issuedAt(), certificate.validUntil(),
                certificate.statusAt(now), certificate.revokedAt(), certificate.revokedReason(),
                certificate.supersededBy().map(Certificate::serial), certificate.pdfSha256(), award);
    }
}
