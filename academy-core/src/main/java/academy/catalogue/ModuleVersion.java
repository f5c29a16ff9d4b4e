package academy.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import academy.catalogue.content.ModuleSource;
import academy.shared.persistence.StringListConverter;

/**
 * One immutable version of a module: everything a learner reads and is tested on. A change to
 * the content produces a new version; completions keep pointing at the version they were made
 * against.
 */
@Entity
@Table(name = "catalogue_module_version")
@NamedQuery(name = "ModuleVersion.currentBySlug",
        query = "SELECT v FROM ModuleVersion v JOIN FETCH v.module m WHERE m.slug = :slug AND v.current = true")
@NamedQuery(name = "ModuleVersion.latestOf",
        query = "SELECT v FROM ModuleVersion v WHERE v.module = :module ORDER BY v.versionNumber DESC")
public class ModuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", updatable = false)
    private Module module;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(nullable = false, updatable = false)
    private String title;

    // Lower-cased copies make the catalogue's free-text search an indexable, portable LIKE.
    @Column(name = "title_lower", nullable = false, updatable = false)
    private String titleLower;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "summary_lower", nullable = false, updatable = false)
    private String summaryLower;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Area area;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Column(name = "cpd_minutes", nullable = false, updatable = false)
    private int cpdMinutes;

    @Column(name = "refresh_months", updatable = false)
    private Integer refreshMonths;

    @Column(name = "face_to_face", nullable = false, updatable = false)
    private boolean faceToFace;

    @Column(nullable = false, updatable = false)
    private boolean significant;

    @Column(name = "pass_mark", nullable = false, updatable = false)
    private int passMark;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, updatable = false)
    private List<String> tags;

    @Column(name = "lesson_count", nullable = false, updatable = false)
    private int lessonCount;

    @Column(name = "question_count", nullable = false, updatable = false)
    private int questionCount;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(name = "loaded_at", nullable = false, updatable = false)
    private Instant loadedAt;

    @OneToMany(mappedBy = "moduleVersion", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("number")
    private List<Lesson> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "moduleVersion", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("number")
    private List<Question> questions = new ArrayList<>();

    protected ModuleVersion() {
        // for JPA
    }

    /** Builds version {@code versionNumber} of {@code module} from validated content. */
    public ModuleVersion(Module module, int versionNumber, ModuleSource source, Instant loadedAt) {
        if (versionNumber < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
        this.module = Objects.requireNonNull(module, "module");
        this.versionNumber = versionNumber;
        this.contentHash = source.contentHash();
        this.title = source.title();
        this.titleLower = source.title().toLowerCase(java.util.Locale.ROOT);
        this.summary = source.summary();
        this.summaryLower = source.summary().toLowerCase(java.util.Locale.ROOT);
        this.audience = source.audience();
        this.area = source.area();
        this.minutes = source.minutes();
        this.cpdMinutes = source.cpdMinutes();
        this.refreshMonths = source.refreshMonths().orElse(null);
        this.faceToFace = source.faceToFace();
        this.significant = source.significant();
        this.passMark = source.quiz().passMark();
        this.tags = List.copyOf(source.tags());
        this.loadedAt = Objects.requireNonNull(loadedAt, "loadedAt");
        source.lessons().forEach(lesson -> lessons.add(new Lesson(this, lesson)));
        for (int i = 0; i < source.quiz().questions().size(); i++) {
            questions.add(new Question(this, i + 1, source.quiz().questions().get(i)));
        }
        this.lessonCount = lessons.size();
        this.questionCount = questions.size();
    }

    void makeCurrent() {
        current = true;
    }

    void supersede() {
        current = false;
    }

    /** True when this version was built from exactly this content. */
    public boolean hasContent(String hash) {
        return contentHash.equals(hash);
    }

    public Long id() { return id; }
    public Module module() { return module; }
    public String slug() { return module.slug(); }
    public int versionNumber() { return versionNumber; }
    public String contentHash() { return contentHash; }
    public String title() { return title; }
    public String summary() { return summary; }
    public Audience audience() { return audience; }
    public Area area() { return area; }
    public int minutes() { return minutes; }
    public int cpdMinutes() { return cpdMinutes; }
    public Optional<Integer> refreshMonths() { return Optional.ofNullable(refreshMonths); }
    public boolean isFaceToFace() { return faceToFace; }
    public boolean isSignificant() { return significant; }
    public int passMark() { return passMark; }
    public List<String> tags() { return Collections.unmodifiableList(tags); }
    public int lessonCount() { return lessonCount; }
    public int questionCount() { return questionCount; }
    public boolean isCurrent() { return current; }
    public Instant loadedAt() { return loadedAt; }
    public List<Lesson> lessons() { return Collections.unmodifiableList(lessons); }
    public List<Question> questions() { return Collections.unmodifiableList(questions); }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ModuleVersion version && id != null && id.equals(version.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentHash, versionNumber);
    }

    @Override
    public String toString() {
        return "ModuleVersion[" + (module == null ? "?" : module.slug()) + " v" + versionNumber + "]";
    }
}
