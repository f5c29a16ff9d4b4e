package academy.accreditation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import academy.practice.Practice;
import academy.shared.ConflictException;

/**
 * A practice's application for a kite-mark level against one stored scheme revision, with every
 * criterion the level requires frozen as it stood at that moment. A practice may apply only when
 * every criterion checked from its records is met; evidence criteria go to the assessor as they are.
 * Append-only: the frozen criteria never change.
 */
@Entity
@Table(name = "accreditation_application")
@NamedQuery(name = "KiteMarkApplication.ofPracticeInStatus",
        query = "SELECT a FROM KiteMarkApplication a WHERE a.practice.id = :practiceId AND a.status = :status"
                + " ORDER BY a.submittedAt DESC")
public class KiteMarkApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id", updatable = false)
    private SchemeVersion scheme;

    @Column(name = "level_slug", nullable = false, updatable = false) private String levelSlug;
    @Column(name = "level_rank", nullable = false, updatable = false) private int levelRank;
    @Column(name = "level_title", nullable = false, updatable = false) private String levelTitle;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private ApplicationStatus status;
    @Column(name = "submitted_by", updatable = false) private Long submittedBy;
    @Column(name = "submitted_at", nullable = false, updatable = false) private Instant submittedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "accreditation_application_criterion", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<FrozenCriterion> criteria = new ArrayList<>();

    protected KiteMarkApplication() {
        // for JPA
    }

    private KiteMarkApplication(Practice practice, SchemeVersion scheme, LevelReadiness level, Optional<Long> submittedBy,
                                Instant now) {
        this.practice = Objects.requireNonNull(practice, "practice");
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.levelSlug = level.level().slug();
        this.levelRank = level.level().rank();
        this.levelTitle = level.level().title();
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedBy = submittedBy.orElse(null);
        this.submittedAt = Objects.requireNonNull(now, "now");
        level.criteria().forEach(c -> criteria.add(new FrozenCriterion(c)));
    }

    /**
     * Applies for the level with the practice's readiness as it stands now.
     *
     * @throws ConflictException naming every criterion checked from the practice's records that is not met yet
     */
    public static KiteMarkApplication submit(Practice practice, SchemeVersion scheme, LevelReadiness level,
                                             Optional<Long> submittedBy, Instant now) {
        List<CriterionReadiness> missing = level.blocking();
        if (!missing.isEmpty()) {
            throw new ConflictException("You cannot apply for " + level.level().title() + " yet: "
                    + (missing.size() == 1 ? "1 criterion checked from your records is" : missing.size()
                    + " criteria checked from your records are") + " not met. "
                    + missing.stream().map(c -> "\u201c" + c.criterion().title() + "\u201d: " + c.gap().orElse(c.progress()))
                    .collect(Collectors.joining(" ")));
        }
        return new KiteMarkApplication(practice, scheme, level, submittedBy, now);
    }

    public Long id() { return id; }
    public Practice practice() { return practice; }
    public SchemeVersion scheme() { return scheme; }
    public String levelSlug() { return levelSlug; }
    public int levelRank() { return levelRank; }
    public String levelTitle() { return levelTitle; }
    public ApplicationStatus status() { return status; }
    public Optional<Long> submittedBy() { return Optional.ofNullable(submittedBy); }
    public Instant submittedAt() { return submittedAt; }
    public List<FrozenCriterion> criteria() { return Collections.unmodifiableList(criteria); }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof KiteMarkApplication application && id != null && id.equals(application.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(levelSlug, submittedAt);
    }

    @Override
    public String toString() {
        return "KiteMarkApplication[" + id + " " + levelSlug + " " + status + "]";
    }
}
