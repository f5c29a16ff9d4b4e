package academy.accreditation.scheme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;


/**
 * One stored revision of a scheme file: its levels and criteria exactly as they were loaded. Never
 * changed after it is stored, except for which revision is current, so that whatever is later
 * decided against it (applications, awards) can name the very criteria it was judged by.
 */
@Entity
@Table(name = "accreditation_scheme")
@NamedQuery(name = "SchemeVersion.all", query = "SELECT s FROM SchemeVersion s ORDER BY s.version, s.revision")
@NamedQuery(name = "SchemeVersion.current", query = "SELECT s FROM SchemeVersion s WHERE s.current = true")
@NamedEntityGraph(name = SchemeVersion.WHOLE, attributeNodes = {@NamedAttributeNode("levels"), @NamedAttributeNode("criteria")})
public class SchemeVersion {

    /** The graph of a scheme with its levels and criteria, as readiness judges a practice against it. */
    public static final String WHOLE = "SchemeVersion.whole";

    @Id
    @SequenceGenerator(name = "accreditation_seq", sequenceName = "accreditation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    private Long id;

    @Column(nullable = false, updatable = false) private int version;
    @Column(nullable = false, updatable = false) private int revision;
    @Column(name = "file_name", nullable = false, updatable = false) private String fileName;
    @Column(nullable = false, updatable = false) private String title;
    @Column(name = "content_hash", nullable = false, updatable = false) private String contentHash;
    @Column(name = "is_current", nullable = false) private boolean current;
    @Column(name = "loaded_at", nullable = false, updatable = false) private Instant loadedAt;

    @OneToMany(mappedBy = "scheme", cascade = CascadeType.PERSIST)
    @OrderBy("rank")
    private List<SchemeLevel> levels = new ArrayList<>();

    @OneToMany(mappedBy = "scheme", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    protected SchemeVersion() {
        // for JPA
    }

    /** A revision of a scheme file, not yet current. */
    public SchemeVersion(SchemeSource source, int revision, Instant loadedAt) {
        if (revision < 1) {
            throw new IllegalArgumentException("revisions count from 1: " + revision);
        }
        this.version = source.version();
        this.revision = revision;
        this.fileName = source.file();
        this.title = source.title();
        this.contentHash = source.contentHash();
        this.loadedAt = Objects.requireNonNull(loadedAt, "loadedAt");
        source.levels().forEach(level -> levels.add(new SchemeLevel(this, level)));
        for (int i = 0; i < source.criteria().size(); i++) {
            criteria.add(new Criterion(this, i + 1, source.criteria().get(i)));
        }
    }

    public boolean hasContent(String hash) {
        return contentHash.equals(hash);
    }

    public void makeCurrent() {
        current = true;
    }

    public void retire() {
        current = false;
    }

    public Long id() { return id; }
    public int version() { return version; }
    public int revision() { return revision; }
    public String fileName() { return fileName; }
    public String title() { return title; }
    public boolean isCurrent() { return current; }
    public Instant loadedAt() { return loadedAt; }
    public List<SchemeLevel> levels() { return Collections.unmodifiableList(levels); }
    public List<Criterion> criteria() { return Collections.unmodifiableList(criteria); }

    /** "version 1" or, after the file was revised, "version 1, revision 2". */
    public String label() {
        return "version " + version + (revision > 1 ? ", revision " + revision : "");
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SchemeVersion scheme && id != null && id.equals(scheme.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, revision);
    }

    @Override
    public String toString() {
        return "SchemeVersion[" + id + " v" + version + " r" + revision + "]";
    }
}
