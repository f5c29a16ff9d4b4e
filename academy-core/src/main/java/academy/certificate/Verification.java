package academy.certificate;

import java.time.Instant;
import java.time.LocalDate;
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
 * @param validUntil        its last valid day (inclusive, in the UK), if it ever stops being valid
 * @param status            valid, expired, revoked or superseded
 * @param revokedAt         when it was revoked
 * @param revokedReason     why
 * @param supersededBy      the serial of the certificate that replaced it
 * @param supersededAt      when it was replaced
 * @param supersededReason  why
 * @param pdfSha256         the SHA-256 of the stored PDF, in hex
 * @param award             for a kite-mark certificate, the award it attests and where that stands today
 */
public record Verification(CertificateSerial serial, CertificateKind kind, String title, String holder,
                           List<CertificateField> fields, Instant issuedAt, Optional<LocalDate> validUntil,
                           CertificateStatus status, Optional<Instant> revokedAt, Optional<String> revokedReason,
                           Optional<CertificateSerial> supersededBy, Optional<Instant> supersededAt,
                           Optional<String> supersededReason, String pdfSha256,
                           Optional<AwardStanding> award) {

    static Verification of(Certificate certificate, Instant now) {
        return of(certificate, now, Optional.empty());
    }

    static Verification of(Certificate certificate, Instant now, Optional<AwardStanding> award) {
        return new Verification(certificate.serial(), certificate.kind(), certificate.title(), certificate.holderName(),
                List.copyOf(certificate.fields()), certificate.issuedAt(), certificate.lastValidDay(),
                certificate.statusAt(now), certificate.revokedAt(), certificate.revokedReason(),
                certificate.supersededBy().map(Certificate::serial), certificate.supersededAt(), certificate.supersededReason(),
                certificate.pdfSha256(), award);
    }
}
