package academy.evidence;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * What the academy knows about one uploaded evidence file: which practice owns it, who uploaded
 * it and when, the name it had on their computer, its checked type, size and SHA-256, and the
 * generated name it is stored under. Never changed after upload.
 */
@Entity
@Table(name = "evidence_file")
public class StoredFile {

    public static final int MAX_NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    private Long id;

    @Column(name = "practice_id", nullable = false, updatable = false)
    private long practiceId;

    @Column(name = "uploaded_by", updatable = false)
    private Long uploadedBy;

    @Column(name = "original_name", nullable = false, updatable = false)
    private String originalName;

    @Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "file_type", nullable = false, updatable = false)
    private EvidenceType type;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Column(name = "storage_name", nullable = false, updatable = false)
    private String storageName;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected StoredFile() {
        // for JPA
    }

    StoredFile(long practiceId, Optional<Long> uploadedBy, String originalName, EvidenceType type, long size,
               String sha256, String storageName, Instant uploadedAt) {
        if (size <= 0) {
            throw new IllegalArgumentException("an evidence file cannot be empty");
        }
        this.practiceId = practiceId;
        this.uploadedBy = uploadedBy.orElse(null);
        this.originalName = Objects.requireNonNull(originalName, "originalName");
        this.type = Objects.requireNonNull(type, "type");
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.storageName = Objects.requireNonNull(storageName, "storageName");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    /**
     * A name safe to show and to offer for download: no folders, no control characters, at most
     * {@value #MAX_NAME_LENGTH} characters; "evidence" when nothing is left.
     */
    public static String tidyName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
        }
        return name.isBlank() ? "evidence" : name;
    }

    public Long id() { return id; }
    public long practiceId() { return practiceId; }
    public Optional<Long> uploadedBy() { return Optional.ofNullable(uploadedBy); }
    public String originalName() { return originalName; }
    public EvidenceType type() { return type; }
    public long size() { return size; }
    public String sha256() { return sha256; }
    String storageName() { return storageName; }
    public Instant uploadedAt() { return uploadedAt; }

    /** The size for people: "840 bytes", "12.5 KB", "3.2 MB". */
    public String sizeForPeople() {
        if (size < 1024) {
            return size + " bytes";
        }
        if (size < 1024 * 1024) {
            return String.format(java.util.Locale.UK, "%.1f KB", size / 1024.0);
        }
        return String.format(java.util.Locale.UK, "%.1f MB", size / (1024.0 * 1024));
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof StoredFile file && id != null && id.equals(file.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(storageName);
    }

    @Override
    public String toString() {
        return "StoredFile[" + id + " " + type + " " + size + "]";
    }
}
