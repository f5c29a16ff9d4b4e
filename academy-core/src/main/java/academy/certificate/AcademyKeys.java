package academy.certificate;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.shared.persistence.AcademyDataSource;

/**
 * The academy's two keys: one signs certificate PDFs (PAdES), the other signs credentials (JWT,
 * ES256, so it must be an EC P-256 key). Each comes from a configured PKCS#12 key store
 * ({@code ACADEMY_SIGNING_KEYSTORE}, {@code ACADEMY_CREDENTIALS_KEYSTORE}); when none is configured a
 * development key with a self-signed certificate is made on first use under
 * {@code ACADEMY_DATA_DIR/keys} and reused afterwards.
 */
@ApplicationScoped
public class AcademyKeys {

    static final String DEVELOPMENT_PASSWORD = "academy-development-key";

    @Inject
    @ConfigProperty(name = "academy.signing.keystore")
    Optional<String> signingKeystore;

    @Inject
    @ConfigProperty(name = "academy.signing.password", defaultValue = DEVELOPMENT_PASSWORD)
    String signingPassword;

    @Inject
    @ConfigProperty(name = "academy.signing.alias", defaultValue = "certificates")
    String signingAlias;

    @Inject
    @ConfigProperty(name = "academy.credentials.keystore")
    Optional<String> credentialsKeystore;

    @Inject
    @ConfigProperty(name = "academy.credentials.password", defaultValue = DEVELOPMENT_PASSWORD)
    String credentialsPassword;

    @Inject
    @ConfigProperty(name = "academy.credentials.alias", defaultValue = "credentials")
    String credentialsAlias;

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(AcademyKeys.class.getName());

    private volatile SigningKey documentKey;
    private volatile CredentialKey credentialKey;

    /**
     * Reads (or makes) both keys when the application starts, so a wrong key store stops the start
     * with a clear message instead of failing the first certificate, and says which keys sign.
     */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> "Certificates are signed by " + documentKey().certificate().getSubjectX500Principal().getName()
                + (signingKeystore.filter(path -> !path.isBlank()).isPresent() ? "" : " (development key in ACADEMY_DATA_DIR/keys)")
                + "; credentials by key " + credentialKey().keyId());
    }

    /** The key that signs certificate PDFs. */
    public SigningKey documentKey() {
        SigningKey current = documentKey;
        if (current == null) {
            current = read(signingKeystore, signingPassword, signingAlias, "certificate-signing.p12",
                    "CN=Digital Health Academy certificates (development key),O=Digital Health Academy");
            documentKey = current;
        }
        return current;
    }

    /** The key that signs credentials and status lists. */
    public CredentialKey credentialKey() {
        CredentialKey current = credentialKey;
        if (current == null) {
            current = CredentialKey.of(read(credentialsKeystore, credentialsPassword, credentialsAlias,
                    "credential-signing.p12",
                    "CN=Digital Health Academy credentials (development key),O=Digital Health Academy"));
            credentialKey = current;
        }
        return current;
    }

    private SigningKey read(Optional<String> configured, String password, String alias, String developmentFile,
                            String developmentSubject) {
        Optional<String> file = configured.filter(path -> !path.isBlank());
        if (file.isPresent()) {
            return KeyStoreFile.load(Path.of(file.get().strip()), password.toCharArray(), alias);
        }
        return KeyStoreFile.loadOrCreate(AcademyDataSource.dataDirectory().resolve("keys").resolve(developmentFile),
                password.toCharArray(), alias, developmentSubject, clock.instant());
    }
}
