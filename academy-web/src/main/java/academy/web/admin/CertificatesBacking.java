package academy.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.certificate.AwardCertificates;
import academy.certificate.Certificate;
import academy.certificate.Certificates;
import academy.web.faces.Messages;
import academy.web.security.CurrentUser;

/**
 * {@code /admin/certificates.xhtml}: an administrator revokes a certificate (with a reason) or
 * re-issues a completion or kite-mark certificate (a new serial; the old one is marked superseded), or,
 * after a new template, the kite-mark certificates of every award in force, a bounded round at a time. Each action
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
    private Long outdated;

    @Inject
    AwardCertificates awardCertificates;

    public void revoke() {
        Messages.attempt(() -> {
            Certificate revoked = certificates.revoke(currentUser.actor(), serial, reason);
            latestSerial = revoked.serial().value();
            return "Certificate " + revoked.serial().display() + " is revoked. Its verification page now says so.";
        });
    }

    public void reissue() {
        Messages.attempt(() -> {
            Certificate issued = certificates.reissueCertificate(currentUser.actor(), reissueSerial);
            latestSerial = issued.serial().value();
            return "Re-issued as " + issued.serial().display() + "; the old certificate is marked as superseded.";
        });
    }

    /** Re-issues the next round of kite-mark certificates made with an older template. */
    public void reissueOutdatedKiteMarks() {
        Messages.attempt(() -> {
            AwardCertificates.ReissueRound round = awardCertificates.reissueOutdatedKiteMarks(currentUser.actor());
            outdated = round.remaining();
            return round.reissued() == 0 ? "Every kite mark in force already has a certificate of the current template."
                    : round.reissued() + " kite-mark certificate(s) re-issued under new serial numbers; the old ones are marked as superseded. "
                    + (round.remaining() == 0 ? "None is left to do." : round.remaining() + " still to do: press the button again.");
        });
    }

    /** How many kite-mark certificates of awards in force still carry an older template (read once per request). */
    public long getOutdated() {
        if (outdated == null) {
            outdated = awardCertificates.outdatedKiteMarks();
        }
        return outdated;
    }

    public int getBatch() {
        return AwardCertificates.REISSUE_BATCH;
    }

    public String getSerial() { return serial; }
    public void setSerial(String serial) { this.serial = serial; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getReissueSerial() { return reissueSerial; }
    public void setReissueSerial(String reissueSerial) { this.reissueSerial = reissueSerial; }
    public String getLatestSerial() { return latestSerial; }
}
