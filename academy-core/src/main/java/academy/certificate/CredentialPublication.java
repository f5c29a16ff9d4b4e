package academy.certificate;

import static academy.shared.JsonSupport.JSON;

import java.time.Clock;

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
                certificate.recipient(), certificate.achievement(), certificate.validFrom(), certificate.validUntil(),
                certificate.id());
        return keys.credentialKey().sign(OpenBadges.jwtClaims(credential), OpenBadges.JWT_TYPE);
    }

    /** The signed status list credential of one list (revocations). */
    public String statusList(int list) {
        if (list < 0 || list > Integer.MAX_VALUE / OpenBadges.STATUS_LIST_SIZE) {
            throw new NotFoundException("There is no such status list.");
        }
        long from = (long) list * OpenBadges.STATUS_LIST_SIZE;
        JsonObject credential = OpenBadges.statusListCredential(baseUrl, list,
                records.revokedBetween(from, from + OpenBadges.STATUS_LIST_SIZE), clock.instant());
        return keys.credentialKey().sign(OpenBadges.jwtClaims(credential), OpenBadges.JWT_TYPE);
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
