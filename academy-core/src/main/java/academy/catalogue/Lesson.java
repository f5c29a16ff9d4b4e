package academy.catalogue;

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

import academy.catalogue.content.LessonSource;

/** One lesson of one module version; the body is sanitised HTML rendered from Markdown at load time. */
@Entity
@Table(name = "catalogue_lesson")
@NamedQuery(name = "Lesson.ofVersion",
        query = "SELECT l FROM Lesson l WHERE l.moduleVersion = :version AND l.number = :number")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_version_id", updatable = false)
    private ModuleVersion moduleVersion;

    @Column(name = "lesson_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String html;

    protected Lesson() {
        // for JPA
    }

    Lesson(ModuleVersion moduleVersion, LessonSource source) {
        this.moduleVersion = Objects.requireNonNull(moduleVersion);
        this.number = source.number();
        this.title = source.title();
        this.html = source.html();
    }

    public Long id() { return id; }
    public ModuleVersion moduleVersion() { return moduleVersion; }
    public int number() { return number; }
    public String title() { return title; }
    /** Sanitised at load time; safe to render unescaped. */
    public String html() { return html; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Lesson lesson && id != null && id.equals(lesson.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, title);
    }
}
