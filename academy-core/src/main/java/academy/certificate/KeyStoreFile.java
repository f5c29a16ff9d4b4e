package academy.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A PKCS#12 key store on disk. {@link #load} reads a key from one that exists (a configured,
 * properly issued key); {@link #loadOrCreate} also makes a development key when the file is
 * missing: an EC P-256 key with a self-signed certificate valid for ten years, written once and
 * reused on every later start.
 */
public final class KeyStoreFile {

    private static final Duration DEVELOPMENT_VALIDITY = Duration.ofDays(3650);

    private KeyStoreFile() {
    }

    /**
     * The key under the alias.
     *
     * @throws IllegalStateException when the file, the password or the alias is wrong
     */
    public static SigningKey load(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (!store.isKeyEntry(alias)) {
                throw new IllegalStateException("the key store " + file + " has no key named " + alias);
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(alias))
                    .map(X509Certificate.class::cast).toList();
            return new SigningKey(key, chain);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the key " + alias + " from " + file + ": " + e.getMessage(), e);
        }
    }

    /** The key under the alias, creating the file with a development key first if it is missing. */
    public static synchronized SigningKey loadOrCreate(Path file, char[] password, String alias, String subject, Instant now) {
        if (!Files.exists(file)) {
            create(file, password, alias, subject, now);
        }
        return load(file, password, alias);
    }

    private static void create(Path file, char[] password, String alias, String subject, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name(subject);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(DEVELOPMENT_VALIDITY)), name, pair.getPublic());
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {certificate});
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".keys", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the development key store " + file, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make a development key", e);
        }
    }
}
