package academy.certificate;

/** Where a certificate stands, as verification reports it. */
public enum CertificateStatus {
    VALID("Valid"),
    EXPIRED("Expired"),
    REVOKED("Revoked"),
    SUPERSEDED("Superseded");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
