package academy.certificate;

import java.util.Optional;

/**
 * The verdict on an uploaded PDF: genuine only when the academy's signature over the whole file
 * is intact and the bytes are exactly those of a certificate the academy issued. A genuine file may
 * still be revoked, superseded or expired: its certificate's status comes first wherever it is shown.
 *
 * @param genuine      both conditions hold
 * @param message      the verdict in a sentence
 * @param certificate  the certificate it is, when genuine
 */
public record UploadCheck(boolean genuine, String message, Optional<Verification> certificate) {
}
