/**
 * The certificate pages: public verification ({@code /certificate/verify.xhtml}, reached from the
 * short address {@code /verify/{serial}} that QR codes carry) with the upload check, and the issuer's
 * public keys at {@code /.well-known/jwks.json}.
 */
package academy.web.certificate;
