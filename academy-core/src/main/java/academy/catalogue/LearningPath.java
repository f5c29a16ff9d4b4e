package academy.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import academy.catalogue.content.PathSource;
import academy.practice.JobRole;
import academy.shared.persistence.StringListConverter;

/** The modules required of people in some job roles (or of PPG members). */
@Entity
@Table(name = "catalogue_path")
@NamedQuery(name = "LearningPath.bySlug", query = "SELECT p FROM LearningPath p WHERE p.slug = :slug")
@NamedQuery(name = "LearningPath.all", query = "SELECT p FROM LearningPath p")
public class LearningPath {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Column(nullable = false) private String title;
    @Convert(converter = StringListConverter.class) @Column(nullable = false) private List<String> roles;
    @Convert(converter = StringListConverter.class) @Column(name = "module_slugs", nullable = false)
    private List<String> moduleSlugs;
    @Column(nullable = false) private boolean active;

    protected LearningPath() {
        // for JPA
    }

    public LearningPath(PathSource source) {
        this.slug = source.slug();
        revise(source);
    }

    public void revise(PathSource source) {
        if (!source.slug().equals(slug)) {
            throw new IllegalArgumentException("path " + slug + " cannot take content of " + source.slug());
        }
        title = source.title();
        roles = source.roles().stream().map(JobRole::slug).sorted().toList();
        moduleSlugs = List.copyOf(source.moduleSlugs());
        active = true;
    }

    public void withdraw() {
        active = false;
    }

    public boolean appliesTo(JobRole role) {
        return active && roles.contains(role.slug());
    }

    public Long id() { return id; }
    public String slug() { return slug; }
    public String title() { return title; }
    public Set<JobRole> roles() {
        return roles.stream().map(r -> JobRole.fromSlug(r).orElseThrow()).collect(Collectors.toUnmodifiableSet());
    }
    public List<String> moduleSlugs() { return moduleSlugs; }
    public boolean isActive() { return active; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof LearningPath path && id != null && id.equals(path.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(slug);
    }
}
