package academy.web.admin;

import java.util.Optional;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.certificate.AwardCertificates;
import academy.certificate.Certificate;
import academy.certificate.Certificates;
import academy.web.faces.Confirmation;
import academy.web.faces.Messages;
import academy.web.security.CurrentUser;

/**
 * {@code /admin/certificates.xhtml}: an administrator revokes a certificate (with a reason) or
 * re-issues a completion or kite-mark certificate (a new serial; the old one is marked superseded), or,
 * after a new template, the kite-mark certificates of every award in force, a bounded round at a time. Each action
 * first asks "are you sure?", then answers with one message naming the serial.
 */
@Named
@ViewScoped
public class CertificatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String REVOKE = "revoke";
    private static final String REISSUE = "reissue";
    private static final String REISSUE_KITE_MARKS = "reissue-kite-marks";

    @Inject
    Certificates certificates;

    @Inject
    AwardCertificates awardCertificates;

    @Inject
    CurrentUser currentUser;

    private String serial;
    private String reason;
    private String reissueSerial;
    private String latestSerial;
    private Long outdated;
    private final Confirmation.Pending pending = new Confirmation.Pending();

    public void askToRevoke() {
        if (blank(serial)) {
            Messages.errorOn("certificates:serial", "Enter the serial number of the certificate to revoke");
        }
        if (blank(reason)) {
            Messages.errorOn("certificates:reason", "Enter the reason for revoking it: the verification page shows it");
        }
        if (blank(serial) || blank(reason)) {
            return;
        }
        pending.ask(new Confirmation("Revoke a certificate", "Revoke certificate " + serial.strip()
                + " for good? Anyone who checks it will see the reason: \u201c" + reason.strip() + "\u201d.",
                "Yes, revoke it", REVOKE, 0, serial.strip()));
    }

    public void askToReissue() {
        if (blank(reissueSerial)) {
            Messages.errorOn("certificates:reissue-serial", "Enter the serial number of the certificate to replace");
            return;
        }
        pending.ask(new Confirmation("Re-issue a certificate", "Issue a new certificate in place of " + reissueSerial.strip()
                + "? It gets a new serial number and the old one is marked as replaced.", "Yes, re-issue it", REISSUE, 0,
                reissueSerial.strip()));
    }

    public void askToReissueKiteMarks() {
        pending.ask(Confirmation.of("Re-issue kite-mark certificates", "Issue new certificates for up to " + getBatch()
                + " kite marks whose certificate has an older design, and mark the old ones as replaced?",
                "Yes, re-issue them", REISSUE_KITE_MARKS, 0));
    }

    /** Carries out the action the page asked about. */
    public void confirm() {
        Optional<Confirmation> taken = pending.take();
        if (taken.isEmpty()) {
            return;
        }
        Confirmation asked = taken.get();
        switch (asked.action()) {
            case REVOKE -> Messages.attempt(() -> {
                Certificate revoked = certificates.revoke(currentUser.actor(), asked.detail(), reason);
                latestSerial = revoked.serial().value();
                return "Certificate " + revoked.serial().display() + " is revoked. Its verification page now says so.";
            });
            case REISSUE -> Messages.attempt(() -> {
                Certificate issued = certificates.reissueCertificate(currentUser.actor(), asked.detail());
                latestSerial = issued.serial().value();
                return "Re-issued as " + issued.serial().display() + "; the old certificate is marked as superseded.";
            });
            case REISSUE_KITE_MARKS -> reissueOutdatedKiteMarks();
            default -> throw new IllegalStateException("no action " + asked.action());
        }
    }

    public void cancel() {
        pending.cancel();
    }

    /** Re-issues the next round of kite-mark certificates made with an older template. */
    private void reissueOutdatedKiteMarks() {
        Messages.attempt(() -> {
            AwardCertificates.ReissueRound round = awardCertificates.reissueOutdatedKiteMarks(currentUser.actor());
            outdated = round.remaining();
            return round.reissued() == 0 ? "Every kite mark in force already has a certificate of the current template."
                    : round.reissued() + " kite-mark certificate(s) re-issued under new serial numbers; the old ones are marked as superseded. "
                    + (round.remaining() == 0 ? "None is left to do." : round.remaining() + " still to do: press the button again.");
        });
    }

    /** How many kite-mark certificates of awards in force still carry an older template (read once per view). */
    public long getOutdated() {
        if (outdated == null) {
            outdated = awardCertificates.outdatedKiteMarks();
        }
        return outdated;
    }

    public String getOutdatedInWords() {
        long count = getOutdated();
        return count == 1 ? "1 kite mark in force still has a certificate of an older design."
                : count + " kite marks in force still have a certificate of an older design.";
    }

    public int getBatch() {
        return AwardCertificates.REISSUE_BATCH;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Confirmation getPending() { return pending.shown(); }
    public String getSerial() { return serial; }
    public void setSerial(String serial) { this.serial = serial; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getReissueSerial() { return reissueSerial; }
    public void setReissueSerial(String reissueSerial) { this.reissueSerial = reissueSerial; }
    public String getLatestSerial() { return latestSerial; }
}
