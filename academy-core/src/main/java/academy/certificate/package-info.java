/**
 * Certificates: what a certificate says ({@link academy.certificate.CertificateContent}, made from a
 * module completion or, later, a kite-mark award), its rendering as a tagged PDF/A-2b document with a
 * QR code, its PAdES signature, the immutable stored record with a {@link academy.certificate.CertificateSerial},
 * public verification, and the same facts as an Open Badges 3.0 credential signed as a JWT.
 *
 * <p>Issued bytes are never rendered again: a change produces a new certificate with a new serial
 * that supersedes the old one.
 */
package academy.certificate;
