package academy.practice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
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
import jakarta.persistence.Table;

import academy.evidence.StoredFile;

/**
 * One revision of a practice's figure for one month and measure. Re-recording a month appends a
 * new revision and marks the old one superseded; revisions are never changed otherwise or deleted,
 * so the history of what was reported stays.
 */
@Entity
@Table(name = "practice_uptake_figure")
@NamedQuery(name = "UptakeFigure.latestOf",
        query = "SELECT f FROM UptakeFigure f WHERE f.practice = :practice AND f.measure = :measure"
                + " AND f.monthStart = :month AND f.latest = true")
@NamedQuery(name = "UptakeFigure.latestPerMeasure",
        query = "SELECT f FROM UptakeFigure f WHERE f.practice.id = :practiceId AND f.latest = true"
                + " AND f.monthStart = (SELECT MAX(g.monthStart) FROM UptakeFigure g WHERE g.practice = f.practice"
                + " AND g.measure = f.measure AND g.latest = true) ORDER BY f.measure")
@NamedQuery(name = "UptakeFigure.monthly",
        query = "SELECT f FROM UptakeFigure f WHERE f.practice.id = :practiceId AND f.measure = :measure"
                + " AND f.latest = true ORDER BY f.monthStart DESC")
@NamedQuery(name = "UptakeFigure.currentOfPractice",
        query = "SELECT f FROM UptakeFigure f LEFT JOIN FETCH f.evidence WHERE f.practice.id = :practiceId AND f.latest = true"
                + " ORDER BY f.monthStart DESC, f.measure, f.id")
@NamedQuery(name = "UptakeFigure.countCurrentOfPractice",
        query = "SELECT COUNT(f) FROM UptakeFigure f WHERE f.practice.id = :practiceId AND f.latest = true")
@NamedQuery(name = "UptakeFigure.countMonthly",
        query = "SELECT COUNT(f) FROM UptakeFigure f WHERE f.practice.id = :practiceId AND f.measure = :measure"
                + " AND f.latest = true")
public class UptakeFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    @Column(name = "month_start", nullable = false, updatable = false)
    private LocalDate monthStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private UptakeMeasure measure;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "figure", nullable = false, updatable = false, precision = 9, scale = 1)
    private BigDecimal value;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(name = "evidence_reference", updatable = false)
    private String evidenceReference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evidence_file_id", updatable = false)
    private StoredFile evidence;

    @Column(name = "is_latest", nullable = false)
    private boolean latest;

    @Column(name = "recorded_by", updatable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected UptakeFigure() {
        // for JPA
    }

    private UptakeFigure(Practice practice, UptakeEntry entry, YearMonth currentMonth, int revision,
                         Optional<Long> recordedBy, Instant now) {
        this.practice = Objects.requireNonNull(practice, "practice");
        this.value = entry.requireValid(currentMonth);
        this.monthStart = entry.month().atDay(1);
        this.measure = entry.measure();
        this.source = entry.source();
        this.evidenceReference = entry.evidenceReference().orElse(null);
        this.revision = revision;
        this.latest = true;
        this.recordedBy = recordedBy.orElse(null);
        this.recordedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * The first figure for its month and measure.
     *
     * @throws academy.shared.InvalidRequestException when the entry is not valid in {@code currentMonth}
     */
    public static UptakeFigure first(Practice practice, UptakeEntry entry, YearMonth currentMonth,
                                     Optional<Long> recordedBy, Instant now) {
        return new UptakeFigure(practice, entry, currentMonth, 1, recordedBy, now);
    }

    /**
     * A new revision of this figure; this one stops being the latest.
     *
     * @throws IllegalArgumentException when the entry is for another month or measure
     * @throws academy.shared.InvalidRequestException when the entry is not valid (this figure stays the latest)
     */
    public UptakeFigure supersede(UptakeEntry entry, YearMonth currentMonth, Optional<Long> recordedBy, Instant now) {
        if (entry.month() == null || !entry.month().equals(month()) || entry.measure() != measure) {
            throw new IllegalArgumentException("a revision must be for " + month() + " " + measure);
        }
        if (!latest) {
            throw new IllegalStateException(this + " was already superseded");
        }
        UptakeFigure next = new UptakeFigure(practice, entry, currentMonth, revision + 1, recordedBy, now);
        latest = false;
        return next;
    }

    /**
     * Attaches the evidence file that backs this figure, before it is stored.
     *
     * @throws IllegalArgumentException when the file belongs to another practice
     * @throws IllegalStateException    when the figure is stored already or has evidence
     */
    public void attach(StoredFile file) {
        if (file.practiceId() != practice.id()) {
            throw new IllegalArgumentException(file + " is not evidence of " + practice);
        }
        if (id != null || evidence != null) {
            throw new IllegalStateException(this + " already has its evidence");
        }
        evidence = file;
    }

    public Long id() { return id; }
    public Optional<StoredFile> evidence() { return Optional.ofNullable(evidence); }
    public Practice practice() { return practice; }
    public YearMonth month() { return YearMonth.from(monthStart); }
    public UptakeMeasure measure() { return measure; }
    public int revision() { return revision; }
    public BigDecimal value() { return value; }
    public String source() { return source; }
    public Optional<String> evidenceReference() { return Optional.ofNullable(evidenceReference); }
    public boolean isLatest() { return latest; }
    public Optional<Long> recordedBy() { return Optional.ofNullable(recordedBy); }
    public Instant recordedAt() { return recordedAt; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UptakeFigure figure && id != null && id.equals(figure.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(monthStart, measure, revision);
    }

    @Override
    public String toString() {
        return "UptakeFigure[" + id + " " + monthStart + " " + measure + " r" + revision + "]";
    }
}
