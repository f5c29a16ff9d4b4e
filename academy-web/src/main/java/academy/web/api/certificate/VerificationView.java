package academy.web.api.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import academy.certificate.AwardStanding;
import academy.certificate.CertificateField;
import academy.certificate.Verification;

/**
 * A certificate as public verification shows it.
 *
 * @param serial        the serial, as printed
 * @param kind          completion or kite-mark
 * @param status        valid, expired, revoked or superseded
 * @param title         the document's title
 * @param holder        whom it is for
 * @param fields        every printed field, in order
 * @param issuedAt      when it was issued
 * @param validUntil    its last valid day, inclusive, in the UK, as printed (absent if never)
 * @param revokedAt     when it was revoked (absent unless revoked)
 * @param revokedReason why (absent unless revoked)
 * @param supersededBy  the serial of the certificate that replaced it (absent unless superseded)
 * @param supersededAt  when it was replaced (absent unless superseded)
 * @param supersededReason why (absent unless superseded)
 * @param pdfSha256     SHA-256 of the issued PDF, hex
 * @param pdf           where to download the PDF as issued
 * @param page          the verification page
 * @param award         for a kite-mark certificate, the award and where it stands today (absent otherwise)
 */
public record VerificationView(String serial, String kind, String status, String title, String holder, List<Field> fields,
                               Instant issuedAt, LocalDate validUntil, Instant revokedAt, String revokedReason,
                               String supersededBy, Instant supersededAt, String supersededReason, String pdfSha256,
                               String pdf, String page, Award award) {

    /**
     * The kite-mark award a certificate attests.
     *
     * @param serial        the award's serial
     * @param status        current, renewal-due, lapsed, revoked or superseded
     * @param level         the level awarded
     * @param awardedAt     when it was awarded
     * @param validFrom     its first valid day
     * @param validUntil    its last valid day
     * @param revokedAt     when it was revoked (absent unless revoked)
     * @param revokedReason why (absent unless revoked)
     * @param supersededBy  the serial of the award that replaced it (absent unless superseded)
     * @param badge         its badge image
     */
    public record Award(String serial, String status, String level, Instant awardedAt, LocalDate validFrom, LocalDate validUntil,
                        Instant revokedAt, String revokedReason, String supersededBy, String badge) {
        static Award of(AwardStanding standing, String root) {
            return new Award(standing.serial(), standing.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    standing.level(), standing.awardedAt(), standing.validFrom(), standing.validUntil(), standing.revokedAt().orElse(null),
                    standing.revokedReason().orElse(null), standing.supersededBy().orElse(null),
                    root + "/api/v1/badges/" + standing.serial());
        }
    }

    /** One printed field. */
    public record Field(String label, String value) {
        static Field of(CertificateField field) {
            return new Field(field.label(), field.value());
        }
    }

    static VerificationView of(Verification verification, String root) {
        String serial = verification.serial().value();
        return new VerificationView(verification.serial().display(),
                verification.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                verification.status().name().toLowerCase(Locale.ROOT), verification.title(), verification.holder(),
                verification.fields().stream().map(Field::of).toList(), verification.issuedAt(),
                verification.validUntil().orElse(null), verification.revokedAt().orElse(null),
                verification.revokedReason().orElse(null),
                verification.supersededBy().map(s -> s.display()).orElse(null), verification.supersededAt().orElse(null),
                verification.supersededReason().orElse(null), verification.pdfSha256(),
                root + "/api/v1/verify/" + serial + "/pdf", root + "/verify/" + serial,
                verification.award().map(standing -> Award.of(standing, root)).orElse(null));
    }
}
