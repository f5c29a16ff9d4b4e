package academy.accreditation.scheme;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;


/** A level of a scheme: rank 1 is the lowest; a level requires every criterion of its rank or below. */
@Entity
@Table(name = "accreditation_level")
@NamedQuery(name = "SchemeLevel.ofCurrentScheme",
        query = "SELECT l FROM SchemeLevel l WHERE l.scheme.current = true ORDER BY l.rank")
public class SchemeLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id", updatable = false)
    private SchemeVersion scheme;

    @Column(name = "level_rank", nullable = false, updatable = false) private int rank;
    @Column(nullable = false, updatable = false) private String slug;
    @Column(nullable = false, updatable = false) private String title;
    @Column(nullable = false, updatable = false) private String summary;

    protected SchemeLevel() {
        // for JPA
    }

    SchemeLevel(SchemeVersion scheme, LevelSource source) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.rank = source.rank();
        this.slug = source.slug();
        this.title = source.title();
        this.summary = source.summary();
    }

    /** A level outside any stored scheme, for the readiness rules' tests and previews. */
    public static SchemeLevel of(LevelSource source) {
        SchemeLevel level = new SchemeLevel();
        level.rank = source.rank();
        level.slug = source.slug();
        level.title = source.title();
        level.summary = source.summary();
        return level;
    }

    public Long id() { return id; }
    public int rank() { return rank; }
    public String slug() { return slug; }
    public String title() { return title; }
    public String summary() { return summary; }

    /** Whether this level asks for the criterion (its own or one of a lower level). */
    public boolean requires(Criterion criterion) {
        return criterion.levelRank() <= rank;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SchemeLevel level && id != null && id.equals(level.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rank, slug);
    }
}
