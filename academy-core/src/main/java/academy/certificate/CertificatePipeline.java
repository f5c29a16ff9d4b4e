package academy.certificate;

import java.util.Objects;

/**
 * The whole making of a certificate's bytes in one call: content → QR code → tagged PDF/A →
 * signature. Stateless and thread-safe; the service stores the result, and a benchmark can time
 * {@link #produce} alone.
 */
public class CertificatePipeline {

    /** The template's version, stored with every certificate: a new design means a new number. */
    public static final int TEMPLATE_VERSION = 2;

    private final CertificateRenderer renderer;
    private final PdfSigner signer;

    public CertificatePipeline() {
        this(new CertificateRenderer(), new PdfSigner());
    }

    CertificatePipeline(CertificateRenderer renderer, PdfSigner signer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    /** The signed PDF of the content, issued and signed as the issue says. */
    public byte[] produce(CertificateContent content, CertificateIssue issue, SigningKey key) {
        return signer.sign(renderer.render(content, issue), key, issue.issuedAt(), "Issued by the " + CertificateIssue.ISSUER
                + ", serial " + content.serial().display());
    }
}
