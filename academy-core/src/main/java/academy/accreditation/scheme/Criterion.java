package academy.accreditation.scheme;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
import jakarta.persistence.Table;

import academy.catalogue.Area;
import academy.practice.ConditionFocus;
import academy.practice.JobRole;
import academy.practice.UptakeMeasure;
import academy.shared.persistence.StringListConverter;

/**
 * One requirement of a scheme, as written in the scheme file. What {@link #target()} means depends
 * on the {@link #kind()}: a percentage of staff, a number of PPG members, a figure's minimum or a
 * number of sessions. Immutable once stored.
 */
@Entity
@Table(name = "accreditation_criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id", updatable = false)
    private SchemeVersion scheme;

    @Column(nullable = false, updatable = false) private String slug;
    @Column(nullable = false, updatable = false) private int position;
    @Column(name = "level_rank", nullable = false, updatable = false) private int levelRank;
    @Enumerated(EnumType.STRING) @Column(nullable = false, updatable = false) private Area area;
    @Column(nullable = false, updatable = false) private String title;
    @Column(nullable = false, updatable = false) private String why;
    @Enumerated(EnumType.STRING) @Column(nullable = false, updatable = false) private CriterionKind kind;
    @Column(nullable = false, updatable = false) private int target;
    @Convert(converter = StringListConverter.class) @Column(nullable = false, updatable = false) private List<String> roles;
    @Convert(converter = StringListConverter.class) @Column(nullable = false, updatable = false) private List<String> modules;
    @Column(name = "path_slug", updatable = false) private String pathSlug;
    @Enumerated(EnumType.STRING) @Column(updatable = false) private UptakeMeasure measure;
    @Enumerated(EnumType.STRING) @Column(name = "condition_focus", updatable = false) private ConditionFocus conditionFocus;
    @Column(updatable = false) private String ask;
    @Convert(converter = StringListConverter.class) @Column(nullable = false, updatable = false) private List<String> guides;
    @Convert(converter = StringListConverter.class) @Column(nullable = false, updatable = false) private List<String> showcases;

    protected Criterion() {
        // for JPA
    }

    Criterion(SchemeVersion scheme, int position, CriterionSource source) {
        this.scheme = scheme;
        this.position = position;
        this.slug = source.slug();
        this.levelRank = source.levelRank();
        this.area = source.area();
        this.title = source.title();
        this.why = source.why();
        this.kind = source.kind();
        this.target = source.target();
        this.roles = source.roles().stream().map(JobRole::slug).sorted().toList();
        this.modules = List.copyOf(source.modules());
        this.pathSlug = source.path().orElse(null);
        this.measure = source.measure().orElse(null);
        this.conditionFocus = source.condition().orElse(null);
        this.ask = source.ask().orElse(null);
        this.guides = List.copyOf(source.guides());
        this.showcases = List.copyOf(source.showcases());
    }

    /** A criterion outside any stored scheme, for the readiness rules' tests and previews. */
    public static Criterion of(int position, CriterionSource source) {
        return new Criterion(null, position, source);
    }

    public Long id() { return id; }
    public String slug() { return slug; }
    public int position() { return position; }
    public int levelRank() { return levelRank; }
    public Area area() { return area; }
    public String title() { return title; }
    public String why() { return why; }
    public CriterionKind kind() { return kind; }
    public int target() { return target; }
    public Set<JobRole> roles() {
        Set<JobRole> set = EnumSet.noneOf(JobRole.class);
        roles.forEach(r -> set.add(JobRole.fromSlug(r).orElseThrow()));
        return set;
    }
    /** The modules to hold (training coverage, PPG training) or that help meet the criterion. */
    public List<String> modules() { return modules; }
    public Optional<String> pathSlug() { return Optional.ofNullable(pathSlug); }
    public Optional<UptakeMeasure> measure() { return Optional.ofNullable(measure); }
    public Optional<ConditionFocus> conditionFocus() { return Optional.ofNullable(conditionFocus); }
    public Optional<String> ask() { return Optional.ofNullable(ask); }
    public List<String> guides() { return guides; }
    public List<String> showcases() { return showcases; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Criterion criterion && id != null && id.equals(criterion.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(slug, position);
    }

    @Override
    public String toString() {
        return "Criterion[" + slug + " " + kind + "]";
    }
}
