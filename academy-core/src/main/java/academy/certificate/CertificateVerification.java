package academy.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.accreditation.award.AwardSerial;
import academy.accreditation.award.Awards;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;
import academy.shared.time.AcademyCalendar;

/**
 * Public verification: a certificate found by the serial a person typed (a certificate's or a kite
 * mark award's), what its page shows, its stored PDF, and the check of an uploaded file. Reads only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CertificateVerification {

    /** The one answer for every serial that is malformed, unknown, or not ours: no hints. */
    public static final String NOT_FOUND = "No certificate with this serial number was found.";
    /** For twelve characters whose check character does not match: a typing mistake, not an unknown serial. */
    public static final String MISTYPED = "This serial number looks mistyped: its last character does not match the others."
            + " Check each character against the certificate.";
    private static final String PDF_MAGIC = "%PDF-";

    @Inject
    CertificateRecords records;

    @Inject
    AcademyKeys keys;

    @Inject
    Clock clock;

    @Inject
    KiteMarkSubjects kiteMarks;

    @Inject
    Awards awards;

    /**
     * Public verification of a serial as typed.
     *
     * @throws NotFoundException when it is malformed or unknown (one message for both), or looks mistyped (another)
     */
    public Verification verify(String serialText) {
        return verificationOf(certificate(serialText));
    }

    /** What verification shows of a certificate: with its award's standing for a kite mark. */
    public Verification verificationOf(Certificate certificate) {
        return Verification.of(certificate, clock.instant(), kiteMarks.awardOf(certificate).map(kiteMarks::standingOf));
    }

    /**
     * The certificate with the serial, for downloading its PDF. A kite mark's award serial
     * ("KM-2026-000123") stands for the award's current certificate.
     *
     * @throws NotFoundException when it is malformed or unknown
     */
    public Certificate certificate(String serialText) {
        Optional<AwardSerial> award = KiteMarkSubjects.readSerial(serialText);
        if (award.isPresent()) {
            return awards.findBySerial(award.get().value())
                    .flatMap(found -> records.findCurrent(KiteMarkSubjects.keyOf(found.id())))
                    .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        }
        return CertificateSerial.parse(serialText).flatMap(records::findBySerial)
                .orElseThrow(() -> new NotFoundException(CertificateSerial.looksMistyped(serialText) ? MISTYPED : NOT_FOUND));
    }

    /**
     * The PDF of a certificate to download: the signed bytes exactly as issued, followed, when it is
     * revoked or superseded, by an update that stamps it so on its page (see {@link StatusStamp}).
     */
    public byte[] pdfOf(Certificate certificate) {
        byte[] stored = records.pdfOf(certificate);
        return switch (certificate.statusAt(clock.instant())) {
            case REVOKED -> {
                String day = AcademyCalendar.day(certificate.revokedAt().orElseThrow());
                yield StatusStamp.mark(stored, "REVOKED", "on " + day, "REVOKED on " + day + ": "
                        + certificate.revokedReason().orElse("") + " This certificate is no longer valid.");
            }
            case SUPERSEDED -> {
                String day = AcademyCalendar.day(certificate.supersededAt().orElseThrow());
                String newer = certificate.supersededBy().orElseThrow().serial().display();
                yield StatusStamp.mark(stored, "SUPERSEDED", "on " + day + " by " + newer, "SUPERSEDED on " + day
                        + " by the certificate " + newer + ". This certificate is no longer valid.");
            }
            default -> stored;
        };
    }

    /**
     * Whether uploaded bytes are a genuine certificate: the academy's signature intact over the
     * whole file, and the bytes identical to a stored certificate.
     *
     * @throws InvalidRequestException when the bytes are not a PDF at all
     */
    public UploadCheck checkUpload(byte[] bytes) {
        if (bytes == null || bytes.length < PDF_MAGIC.length()
                || !new String(bytes, 0, PDF_MAGIC.length(), StandardCharsets.US_ASCII).equals(PDF_MAGIC)) {
            throw new InvalidRequestException("This file is not a PDF. Choose the certificate's PDF file.");
        }
        SignatureCheck signature = SignatureCheck.of(bytes);
        if (!signature.isValidForItsRevisionBy(keys.documentKey().certificate())) {
            return new UploadCheck(false, "Not genuine: this PDF does not carry an intact signature of the academy."
                    + " It may have been changed after it was issued.", Optional.empty());
        }
        Optional<Certificate> stored = records.findBySha256(Certificates.sha256(signature.signedRevision(bytes)));
        if (stored.isEmpty()) {
            return new UploadCheck(false, "Not genuine: the signature is the academy's, but the file is not one the academy issued.",
                    Optional.empty());
        }
        Certificate certificate = stored.get();
        if (signature.coversWholeFile()) {
            return new UploadCheck(true, "The file is unchanged: it is the certificate " + certificate.serial().display()
                    + " exactly as the academy issued it. Whether it is still valid is its status, above.",
                    Optional.of(verificationOf(certificate)));
        }
        // Something was appended after the signature: the academy's own stamp on a revoked or superseded
        // certificate's download. The signed revision is the certificate; its status says the rest.
        CertificateStatus status = certificate.statusAt(clock.instant());
        if (status == CertificateStatus.REVOKED || status == CertificateStatus.SUPERSEDED) {
            return new UploadCheck(true, "The file is the certificate " + certificate.serial().display()
                    + " as the academy issued it, with a later addition: the academy marks the download of a "
                    + status.label().toLowerCase(java.util.Locale.UK) + " certificate so. It is no longer valid: see its status, above.",
                    Optional.of(verificationOf(certificate)));
        }
        return new UploadCheck(false, "Not genuine: this PDF holds the certificate " + certificate.serial().display()
                + " with changes made after the academy signed it.", Optional.empty());
    }
}
