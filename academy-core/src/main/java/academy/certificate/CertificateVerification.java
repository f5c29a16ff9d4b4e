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

    /** The signed PDF of a certificate, exactly as issued. */
    public byte[] pdfOf(Certificate certificate) {
        return records.pdfOf(certificate);
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
        if (!signature.isValidFor(keys.documentKey().certificate())) {
            return new UploadCheck(false, "Not genuine: this PDF does not carry an intact signature of the academy."
                    + " It may have been changed after it was issued.", Optional.empty());
        }
        Optional<Certificate> stored = records.findBySha256(Certificates.sha256(bytes));
        return stored.map(certificate -> new UploadCheck(true,
                        "The file is unchanged: it is the certificate " + certificate.serial().display()
                                + " exactly as the academy issued it. Whether it is still valid is its status, above.",
                        Optional.of(verificationOf(certificate))))
                .orElseGet(() -> new UploadCheck(false,
                        "Not genuine: the signature is the academy's, but the file is not one the academy issued.",
                        Optional.empty()));
    }
}
