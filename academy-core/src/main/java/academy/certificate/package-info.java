/**
 * Certificates: what a certificate says ({@link academy.certificate.CertificateContent}, made from a
 * module completion or a kite-mark award), its rendering as a tagged PDF/A-2b document with a QR code
 * ({@link academy.certificate.CertificateRenderer}), its PAdES signature, the immutable stored record
 * with a {@link academy.certificate.CertificateSerial}, and the same facts as an Open Badges 3.0
 * credential signed as a JWT.
 *
 * <p>By use: issuing, revoking and re-issuing ({@link academy.certificate.Certificates},
 * {@link academy.certificate.AwardCertificates} for kite marks); public verification
 * ({@link academy.certificate.CertificateVerification}); what is published for relying parties
 * ({@link academy.certificate.CredentialPublication}); a practice's archive
 * ({@link academy.certificate.CertificateArchive}).
 *
 * <p>Issued bytes are never rendered again: a change produces a new certificate with a new serial
 * that supersedes the old one.
 */
package academy.certificate;
