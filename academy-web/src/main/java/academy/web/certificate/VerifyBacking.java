package academy.web.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import academy.certificate.AwardStanding;
import academy.certificate.CertificateVerification;
import academy.certificate.UploadCheck;
import academy.certificate.Verification;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;
import academy.web.faces.Messages;

/**
 * {@code /certificate/verify.xhtml}: public. With {@code ?serial=} it shows that certificate's every
 * field and status; an unknown or malformed serial gets one plain "not found" (404) and nothing else.
 * A form takes a typed serial; another takes a PDF and says whether it is genuine.
 */
@Named
@RequestScoped
public class VerifyBacking {

    /** Larger uploads are refused before they are read. */
    static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

    @Inject
    CertificateVerification certificates;

    private String serial;
    private String typedSerial;
    private Verification verification;
    private boolean notFound;
    private String notFoundMessage = CertificateVerification.NOT_FOUND;
    private Part upload;
    private UploadCheck uploadCheck;

    public void load() {
        if (serial == null || serial.isBlank()) {
            return;
        }
        try {
            verification = certificates.verify(serial);
        } catch (NotFoundException unknown) {
            notFound = true;
            notFoundMessage = unknown.userMessage();
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The typed serial's page, or "not found" here. */
    public String find() {
        try {
            Verification found = certificates.verify(typedSerial);
            return VerifyAddressServlet.PAGE + "?faces-redirect=true&serial=" + found.serial().value();
        } catch (NotFoundException unknown) {
            notFound = true;
            notFoundMessage = unknown.userMessage();
            return null;
        }
    }

    public void checkUpload() {
        if (upload == null || upload.getSize() == 0) {
            Messages.error("Choose the certificate's PDF file first.");
            return;
        }
        if (upload.getSize() > MAX_UPLOAD_BYTES) {
            Messages.error("This file is larger than 5 MB, so it cannot be a certificate of the academy.");
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            uploadCheck = certificates.checkUpload(in.readAllBytes());
            verification = uploadCheck.certificate().orElse(null);
        } catch (InvalidRequestException notPdf) {
            Messages.error(notPdf.userMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The status tag's colour ({@code n:tag colour}): green only for a valid certificate (of a kite
     * mark still in force), red for a revoked one, orange for expired or superseded.
     */
    public String statusColour() {
        if (verification == null) {
            return "grey";
        }
        return switch (verification.status()) {
            case VALID -> verification.award().filter(award -> !award.status().isValid()).isPresent() ? "orange" : "green";
            case REVOKED -> "red";
            case EXPIRED, SUPERSEDED -> "orange";
        };
    }

    /** The kite mark a kite-mark certificate attests; null for other certificates. */
    public AwardStanding getAward() {
        return verification == null ? null : verification.award().orElse(null);
    }

    /** The kite mark's status tag colour, as {@link #statusColour()}. */
    public String awardStatusColour() {
        if (verification == null || verification.award().isEmpty()) {
            return "grey";
        }
        AwardStanding award = verification.award().get();
        return award.status().isValid() ? "green" : award.revoked() ? "red" : "orange";
    }

    /** The PDF's SHA-256 in groups of eight, so the long hex string can wrap on a phone. */
    public String getFingerprint() {
        String hex = verification == null ? "" : verification.pdfSha256();
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 8) {
            grouped.append(i == 0 ? "" : " ").append(hex, i, Math.min(hex.length(), i + 8));
        }
        return grouped.toString();
    }

    public String getPdfAddress() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return verification == null ? "" : external.getRequestContextPath() + "/api/v1/verify/" + verification.serial().value() + "/pdf";
    }

    public String getSerial() { return serial; }
    public void setSerial(String serial) { this.serial = serial; }
    public String getTypedSerial() { return typedSerial; }
    public void setTypedSerial(String typedSerial) { this.typedSerial = typedSerial; }
    public Verification getVerification() { return verification; }
    public boolean isNotFound() { return notFound; }
    public String getNotFoundMessage() { return notFoundMessage; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public UploadCheck getUploadCheck() { return uploadCheck; }
}
