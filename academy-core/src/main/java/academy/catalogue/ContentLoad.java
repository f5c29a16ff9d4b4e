package academy.catalogue;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that records the last content load. Loading locks it first, so instances
 * starting together load one after the other instead of racing to create the same versions.
 */
@Entity
@Table(name = "catalogue_content_load")
public class ContentLoad {

    public static final long THE_ROW = 1L;

    @Id
    private Long id;

    @Column(name = "loaded_at")
    private Instant loadedAt;

    @Column(nullable = false) private int modules;
    @Column(nullable = false) private int showcases;
    @Column(nullable = false) private int guides;
    @Column(nullable = false) private int paths;

    protected ContentLoad() {
        // for JPA; the row is created by the migration
    }

    public void record(Instant at, int modules, int showcases, int guides, int paths) {
        this.loadedAt = at;
        this.modules = modules;
        this.showcases = showcases;
        this.guides = guides;
        this.paths = paths;
    }

    public Optional<Instant> loadedAt() { return Optional.ofNullable(loadedAt); }
    public int modules() { return modules; }
    public int showcases() { return showcases; }
    public int guides() { return guides; }
    public int paths() { return paths; }
}
