package academy.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.shared.Actor;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;

/**
 * The evidence store. Uploads are copied to a temporary file in {@code ACADEMY_DATA_DIR/evidence}
 * while their size is counted (stopping at the limit) and their SHA-256 computed; the type is then
 * read from the content and must agree with the file's name; only then is the file given its
 * generated name and recorded. When the caller's transaction rolls back, the stored bytes are
 * deleted again, so a refused figure leaves no orphan file.
 *
 * <p>Who may store or read a practice's files is the caller's rule, passed in as an
 * {@link EvidenceAccess} (for the practice's records: its managers and administrators); anyone
 * else is told it does not exist. A feature with a rule of its own (the assessors of an
 * application) vouches for its readers with {@link #openVouchedFor}.
 */
@ApplicationScoped
@Transactional
public class EvidenceFiles {

    static final AuditAction UPLOADED = new AuditAction("evidence.uploaded");
    private static final Logger LOG = Logger.getLogger(EvidenceFiles.class.getName());

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "academy.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "academy.evidence.max-mb", defaultValue = "10")
    int maxMegabytes;

    /**
     * Stores an upload as evidence of the practice.
     *
     * @param access       who may add to the practice's evidence
     * @param originalName the name the file had on the uploader's computer
     * @param content      the bytes; read to the end (or to the size limit) but not closed
     * @throws NotFoundException       unless the access allows the actor into the practice
     * @throws InvalidRequestException when the file is empty, too large, of a type not accepted, or named as another type
     */
    public StoredFile store(Actor actor, EvidenceAccess access, long practiceId, String originalName, InputStream content) {
        if (!access.allows(actor, practiceId)) {
            throw new NotFoundException(NO_SUCH_PRACTICE);
        }
        String name = StoredFile.tidyName(originalName);
        Path directory = directory();
        Path upload = directory.resolve("upload-" + UUID.randomUUID() + ".part");
        try {
            Copied copied = copyWithLimit(content, upload);
            EvidenceType type = checkedType(name, upload, copied.size());
            String storageName = UUID.randomUUID().toString();
            Path stored = directory.resolve(storageName);
            Files.move(upload, stored, StandardCopyOption.ATOMIC_MOVE);
            deleteOnRollback(stored);
            StoredFile file = new StoredFile(practiceId, actor.personId(), name, type, copied.size(), copied.sha256(),
                    storageName, clock.instant());
            em.persist(file);
            em.flush();
            audit.record(actor, UPLOADED, AuditSubject.of("evidence-file", file.id()), Optional.of(practiceId),
                    name + " (" + type.name() + ", " + copied.size() + " bytes, sha-256 " + copied.sha256() + ")");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an evidence file in " + directory, e);
        } finally {
            deleteQuietly(upload);
        }
    }

    /**
     * The file's record, for someone allowed to see it.
     *
     * @throws NotFoundException when there is no such file or the access keeps the actor out of its practice
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StoredFile get(Actor actor, EvidenceAccess access, long fileId) {
        StoredFile file = em.find(StoredFile.class, fileId);
        if (file == null) {
            throw new NotFoundException(NO_SUCH_FILE);
        }
        requireAllowed(actor, access, file);
        return file;
    }

    /**
     * Opens the file's bytes for someone allowed to see it; the caller closes the stream.
     *
     * @throws NotFoundException as {@link #get}, or when the bytes are missing from the store
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InputStream open(Actor actor, EvidenceAccess access, StoredFile file) {
        requireAllowed(actor, access, file);
        return bytesOf(file);
    }

    private static void requireAllowed(Actor actor, EvidenceAccess access, StoredFile file) {
        if (!access.allows(actor, file.practiceId())) {
            throw new NotFoundException(NO_SUCH_FILE);
        }
    }

    /**
     * Opens a file of the practice for a reader whom another feature's rule lets in rather than
     * this store's: the assessor of an application that froze the file is no manager of the practice.
     * That feature checks the reader before calling; the practice is checked here too, so an id
     * given for one practice never opens another's file.
     *
     * @throws NotFoundException when the practice has no such file, or its bytes are missing
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Opened openVouchedFor(long practiceId, long fileId) {
        StoredFile file = em.find(StoredFile.class, fileId);
        if (file == null || file.practiceId() != practiceId) {
            throw new NotFoundException(NO_SUCH_FILE);
        }
        return new Opened(file, bytesOf(file));
    }

    /** A stored file's record and its bytes, opened; the caller closes the stream. */
    public record Opened(StoredFile file, InputStream content) {
    }

    private InputStream bytesOf(StoredFile file) {
        Path stored = directory().resolve(file.storageName());
        try {
            return Files.newInputStream(stored);
        } catch (IOException missing) {
            LOG.log(Level.WARNING, "Evidence file " + file.id() + " is recorded but its bytes are missing: " + stored, missing);
            throw new NotFoundException(NO_SUCH_FILE);
        }
    }

    /** The size limit in bytes ({@code ACADEMY_EVIDENCE_MAX_MB}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long maxBytes() {
        return Math.max(1, maxMegabytes) * 1024L * 1024L;
    }

    static final String NO_SUCH_FILE = "There is no such evidence file, or it is not yours to see.";
    static final String NO_SUCH_PRACTICE = "There is no such practice, or it is not yours to see.";

    private record Copied(long size, String sha256) {
    }

    private Copied copyWithLimit(InputStream content, Path target) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long limit = maxBytes();
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = content.read(buffer)) != -1) {
                size += read;
                if (size > limit) {
                    throw new InvalidRequestException("The file is larger than " + Math.max(1, maxMegabytes)
                            + " MB. Please upload a smaller file (for example, a PDF of only the pages that matter).");
                }
                out.write(buffer, 0, read);
            }
        }
        return new Copied(size, HexFormat.of().formatHex(sha256.digest()));
    }

    private static EvidenceType checkedType(String name, Path upload, long size) throws IOException {
        if (size == 0) {
            throw new InvalidRequestException("The file \"" + name + "\" is empty.");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(upload)) {
            head = in.readNBytes(EvidenceType.HEAD_LENGTH);
        }
        EvidenceType type = EvidenceType.sniff(head, upload).orElseThrow(() -> new InvalidRequestException(
                "\"" + name + "\" is not a file the academy accepts as evidence. Please upload a "
                        + EvidenceType.allowedList() + " file."));
        if (!type.suitsName(name)) {
            throw new InvalidRequestException("\"" + name + "\" is really a " + type.label() + ", but its name says otherwise."
                    + " Please give it the right ending (." + type.extensions().get(0) + ") and upload it again.");
        }
        return type;
    }

    private Path directory() {
        Path directory = Path.of(dataDir).toAbsolutePath().normalize().resolve("evidence");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the evidence folder " + directory, e);
        }
        return directory;
    }

    private void deleteOnRollback(Path stored) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    deleteQuietly(stored);
                }
            }
        });
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + path, e);
        }
    }
}
