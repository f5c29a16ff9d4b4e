package academy.catalogue;

import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import academy.catalogue.content.GuideSource;
import academy.shared.persistence.StringListConverter;

/** A plain-language, step-by-step guide for patients. */
@Entity
@Table(name = "catalogue_guide")
@NamedQuery(name = "Guide.bySlug", query = "SELECT g FROM Guide g WHERE g.slug = :slug")
@NamedQuery(name = "Guide.all", query = "SELECT g FROM Guide g")
public class Guide {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Column(nullable = false) private String title;
    @Column(nullable = false) private String summary;
    @Column(nullable = false) private int minutes;
    @Convert(converter = StringListConverter.class) @Column(nullable = false) private List<String> tags;
    @Convert(converter = StringListConverter.class) @Column(name = "module_slugs", nullable = false)
    private List<String> moduleSlugs;
    @Column(nullable = false) private String html;
    @Column(nullable = false) private boolean active;

    protected Guide() {
        // for JPA
    }

    public Guide(GuideSource source) {
        this.slug = source.slug();
        revise(source);
    }

    public void revise(GuideSource source) {
        if (!source.slug().equals(slug)) {
            throw new IllegalArgumentException("guide " + slug + " cannot take content of " + source.slug());
        }
        title = source.title();
        summary = source.summary();
        minutes = source.minutes();
        tags = List.copyOf(source.tags());
        moduleSlugs = List.copyOf(source.moduleSlugs());
        html = source.html();
        active = true;
    }

    public void withdraw() {
        active = false;
    }

    public Long id() { return id; }
    public String slug() { return slug; }
    public String title() { return title; }
    public String summary() { return summary; }
    public int minutes() { return minutes; }
    public List<String> tags() { return tags; }
    public List<String> moduleSlugs() { return moduleSlugs; }
    public String html() { return html; }
    public boolean isActive() { return active; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Guide guide && id != null && id.equals(guide.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(slug);
    }
}
