package academy.catalogue;

import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import academy.catalogue.content.ShowcaseSource;
import academy.shared.persistence.StringListConverter;

/** A best-practice story from a (fictional) practice, linked to the modules that teach what it did. */
@Entity
@Table(name = "catalogue_showcase")
@NamedQuery(name = "Showcase.bySlug", query = "SELECT s FROM Showcase s WHERE s.slug = :slug")
@NamedQuery(name = "Showcase.all", query = "SELECT s FROM Showcase s")
public class Showcase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Column(nullable = false) private String title;
    @Column(nullable = false) private String practice;
    @Column(nullable = false) private String locality;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private Area area;
    @Column(nullable = false) private String summary;
    @Convert(converter = StringListConverter.class) @Column(nullable = false) private List<String> tags;
    @Convert(converter = StringListConverter.class) @Column(name = "module_slugs", nullable = false)
    private List<String> moduleSlugs;
    @Column(nullable = false) private String html;
    @Column(nullable = false) private boolean active;

    protected Showcase() {
        // for JPA
    }

    public Showcase(ShowcaseSource source) {
        this.slug = source.slug();
        revise(source);
    }

    /** Takes the latest text from the content tree (showcases are not versioned). */
    public void revise(ShowcaseSource source) {
        if (!source.slug().equals(slug)) {
            throw new IllegalArgumentException("showcase " + slug + " cannot take content of " + source.slug());
        }
        title = source.title();
        practice = source.practice();
        locality = source.locality();
        area = source.area();
        summary = source.summary();
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
    public String practice() { return practice; }
    public String locality() { return locality; }
    public Area area() { return area; }
    public String summary() { return summary; }
    public List<String> tags() { return tags; }
    public List<String> moduleSlugs() { return moduleSlugs; }
    public String html() { return html; }
    public boolean isActive() { return active; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Showcase showcase && id != null && id.equals(showcase.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(slug);
    }
}
