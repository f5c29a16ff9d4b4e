package academy.certificate;

import java.time.Instant;
import java.util.Objects;

import academy.shared.RequiredText;

/**
 * Who issues a certificate and when, as printed at its foot: the academy as issuer, the officer who
 * signs for it (a setting: {@code academy.certificate.signatory.name} and {@code .role}), and the
 * day of issue.
 *
 * @param signatoryName the issuing officer's name
 * @param signatoryRole the issuing officer's role
 * @param issuedAt      when the certificate is issued
 */
public record CertificateIssue(String signatoryName, String signatoryRole, Instant issuedAt) {

    /** The issuer every certificate names. */
    public static final String ISSUER = "Digital Health Academy";

    private static final int MAX = 120;

    public CertificateIssue {
        signatoryName = RequiredText.require(Objects.requireNonNull(signatoryName, "signatoryName"), 1, MAX,
                fault -> new IllegalArgumentException("the signatory's name has 1 to " + MAX + " characters"));
        signatoryRole = RequiredText.require(Objects.requireNonNull(signatoryRole, "signatoryRole"), 1, MAX,
                fault -> new IllegalArgumentException("the signatory's role has 1 to " + MAX + " characters"));
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
