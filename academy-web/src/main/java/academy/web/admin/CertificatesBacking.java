package academy.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.certificate.Certificate;
import academy.certificate.Certificates;
import academy.web.Messages;
import academy.web.security.CurrentUser;

/**
 * {@code /admin/certificates.xhtml}: an administrator revokes a certificate (with a reason) or
 * re-issues a completion certificate (a new serial; the old one is marked superseded). Each action
 * asks for confirmation and answers with one message naming the serial.
 */
@Named
@RequestScoped
public class CertificatesBacking {

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser currentUser;

    private String serial;
    private String reason;
    private String reissueSerial;
    private String latestSerial;

    public void revoke() {
        Messages.attempt(() -> {
            Certificate revoked = certificates.revoke(currentUser.actor(), serial, reason);
            latestSerial = revoked.serial().value();
            return "Certificate " + revoked.serial().display() + " is revoked. Its verification page now says so.";
        });
    }

    public void reissue() {
        Messages.attempt(() -> {
            Certificate issued = certificates.reissueCompletionCertificate(currentUser.actor(), reissueSerial);
            latestSerial = issued.serial().value();
            return "Re-issued as " + issued.serial().display() + "; the old certificate is marked as superseded.";
        });
    }

    public String getSerial() { return serial; }
    public void setSerial(String serial) { this.serial = serial; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getReissueSerial() { return reissueSerial; }
    public void setReissueSerial(String reissueSerial) { this.reissueSerial = reissueSerial; }
    public String getLatestSerial() { return latestSerial; }
}
