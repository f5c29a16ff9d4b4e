package academy.certificate;

import static academy.shared.JsonSupport.JSON;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.shared.Actor;
import academy.shared.NotFoundException;

/**
 * What the academy publishes so that others can check its credentials without asking it: each
 * certificate's Open Badges credential signed as a JWT, the status lists, the public keys and the
 * issuer's profile.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CredentialPublication {

    @Inject
    Certificates certificates;

    @Inject
    CertificateRecords records;

    @Inject
    AcademyKeys keys;

    @Inject
    Clock clock;

    @Inject
    KiteMarkSubjects kiteMarks;

    @Inject
    @ConfigProperty(name = "academy.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /**
     * The completion's Open Badges credential, signed as a JWT; the certificate is issued first if
     * need be, so credential and certificate share serial and status.
     */
    @Transactional
    public String completionCredential(Actor actor, long completionId) {
        return credentialOf(certificates.completionCertificate(actor, completionId));
    }

    /** The signed credential (VC-JOSE compact JWS) of an issued certificate. */
    public String credentialOf(Certificate certificate) {
        JsonObject credential = OpenBadges.credential(baseUrl, certificate.serial(), certificate.title(),
                certificate.recipient(), certificate.achievement(), certificate.validFrom(), certificate.lastValidDay(),
                certificate.id());
        return keys.credentialKey().sign(OpenBadges.jwtClaims(credential), OpenBadges.JWT_TYPE);
    }

    /** The signed status list credential of one list (revoked and superseded certificates). */
    public String statusList(int list) {
        if (list < 0 || list > Integer.MAX_VALUE / OpenBadges.STATUS_LIST_SIZE) {
            throw new NotFoundException("There is no such status list.");
        }
        long from = (long) list * OpenBadges.STATUS_LIST_SIZE;
        JsonObject credential = OpenBadges.statusListCredential(baseUrl, list,
                records.withdrawnBetween(from, from + OpenBadges.STATUS_LIST_SIZE), clock.instant());
        return keys.credentialKey().sign(OpenBadges.jwtClaims(credential), OpenBadges.JWT_TYPE);
    }

    /** The achievement a kite-mark level stands for, as its id's address describes it. */
    public JsonObject kiteMarkAchievement(int schemeVersion, String levelSlug) {
        return OpenBadges.achievementDocument(baseUrl, kiteMarks.achievementOf(schemeVersion, levelSlug));
    }

    /** The certificate that signs the academy's PDFs, PEM-encoded, so relying parties can trust it in their readers. */
    public String signingCertificatePem() {
        StringBuilder pem = new StringBuilder();
        for (X509Certificate certificate : keys.documentKey().chain()) {
            try {
                pem.append("-----BEGIN CERTIFICATE-----\n")
                        .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return pem.toString();
    }

    /** The issuer's public keys as a JWK set. */
    public JsonObject publicKeys() {
        return JSON.createObjectBuilder().add("keys", JSON.createArrayBuilder().add(keys.credentialKey().publicJwk())).build();
    }

    /** The issuer profile document. */
    public JsonObject issuerProfile() {
        return OpenBadges.issuerProfile(baseUrl);
    }
}
