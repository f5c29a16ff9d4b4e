package academy.catalogue;

import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A training module as a stable identity (its slug). What it teaches lives in its versions; the
 * module points at the current one. A module removed from the content tree is retired, never
 * deleted, because completions refer to its versions.
 */
@Entity
@Table(name = "catalogue_module")
@NamedQuery(name = "Module.bySlug", query = "SELECT m FROM Module m WHERE m.slug = :slug")
@NamedQuery(name = "Module.active", query = "SELECT m FROM Module m WHERE m.retired = false")
public class Module {

    @Id
    @SequenceGenerator(name = "catalogue_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Column(nullable = false)
    private boolean retired;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private ModuleVersion currentVersion;

    protected Module() {
        // for JPA
    }

    public Module(String slug) {
        this.slug = Objects.requireNonNull(slug, "slug");
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public boolean isRetired() {
        return retired;
    }

    public Optional<ModuleVersion> currentVersion() {
        return Optional.ofNullable(currentVersion);
    }

    /** Makes {@code version} the one learners see; the previous current version stays stored. */
    public void publish(ModuleVersion version) {
        if (version.module() != this) {
            throw new IllegalArgumentException("version " + version + " belongs to another module");
        }
        if (currentVersion != null) {
            currentVersion.supersede();
        }
        currentVersion = version;
        version.makeCurrent();
        retired = false;
    }

    /** The module left the content tree: hidden from the catalogue, kept for its history. */
    public void retire() {
        retired = true;
        if (currentVersion != null) {
            currentVersion.supersede();
        }
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Module module && id != null && id.equals(module.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(slug);
    }

    @Override
    public String toString() {
        return "Module[" + slug + "]";
    }
}
