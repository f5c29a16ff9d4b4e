package academy.accreditation.application;

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
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import academy.account.Person;
import academy.accreditation.readiness.CriterionReadiness;
import academy.accreditation.readiness.LevelReadiness;
import academy.accreditation.scheme.SchemeVersion;
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
        query = "SELECT a FROM KiteMarkApplication a WHERE a.practice.id = :practiceId AND a.status IN :statuses"
                + " ORDER BY a.submittedAt DESC")
@NamedQuery(name = "KiteMarkApplication.byId", query = "SELECT a FROM KiteMarkApplication a WHERE a.id = :id")
@NamedQuery(name = "KiteMarkApplication.ofPracticeNewestFirst",
        query = "SELECT a FROM KiteMarkApplication a WHERE a.practice.id = :practiceId ORDER BY a.submittedAt DESC, a.id DESC")
@NamedEntityGraph(name = KiteMarkApplication.FILE, attributeNodes = {@NamedAttributeNode("practice"),
        @NamedAttributeNode("assessor"), @NamedAttributeNode("moderator"), @NamedAttributeNode("criteria")})
public class KiteMarkApplication {

    /** The graph of what a page shows of an application: its practice, assessor, moderator and frozen criteria. */
    public static final String FILE = "KiteMarkApplication.file";

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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assessor_id")
    private Person assessor;

    @Column(name = "assigned_at") private Instant assignedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "moderator_id")
    private Person moderator;

    @Column(name = "closed_at") private Instant closedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

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

    /**
     * Gives the application to an assessor (again, when an administrator reassigns it). Conflicts of
     * interest are the service's to check before.
     *
     * @throws ConflictException when the application is decided already
     */
    public void assignTo(Person newAssessor, Instant now) {
        requireOpen();
        this.assessor = Objects.requireNonNull(newAssessor, "newAssessor");
        this.assignedAt = Objects.requireNonNull(now, "now");
        if (status == ApplicationStatus.SUBMITTED) {
            status = ApplicationStatus.IN_REVIEW;
        }
    }

    /** The assessor asked for more evidence on a criterion; the practice answers in the criterion's thread. */
    public void awaitMoreEvidence() {
        requireOpen();
        requireAssessor();
        status = ApplicationStatus.MORE_EVIDENCE_REQUESTED;
    }

    /** Every request for more evidence is answered or settled: the assessor reviews on. */
    public void resumeReview() {
        requireOpen();
        requireAssessor();
        status = ApplicationStatus.IN_REVIEW;
    }

    /** The assessor would award the top level; a second assessor moderates before it stands. */
    public void awaitModeration(Person secondAssessor) {
        requireOpen();
        requireAssessor();
        Objects.requireNonNull(secondAssessor, "secondAssessor");
        if (secondAssessor.equals(assessor)) {
            throw new ConflictException("The moderator must be a different assessor from the one who assessed the application.");
        }
        this.moderator = secondAssessor;
        status = ApplicationStatus.AWAITING_MODERATION;
    }

    /** Closes the application with the decision that ends it. */
    public void close(DecisionOutcome outcome, Instant now) {
        requireOpen();
        status = outcome.closesAs();
        closedAt = Objects.requireNonNull(now, "now");
    }

    /** The practice withdraws its application before a decision. */
    public void withdraw(Instant now) {
        requireOpen();
        status = ApplicationStatus.WITHDRAWN;
        closedAt = Objects.requireNonNull(now, "now");
    }

    /** An upheld appeal against a refusal reopens the application for the appeal assessor. */
    public void reopenForAppeal(Person appealAssessor, Instant now) {
        if (status != ApplicationStatus.REFUSED) {
            throw new ConflictException("Only a refused application can be reopened on appeal.");
        }
        status = ApplicationStatus.IN_REVIEW;
        closedAt = null;
        assessor = Objects.requireNonNull(appealAssessor, "appealAssessor");
        assignedAt = Objects.requireNonNull(now, "now");
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new ConflictException("This application is " + status.label().toLowerCase(java.util.Locale.UK)
                    + " already; nothing more can be done with it.");
        }
    }

    private void requireAssessor() {
        if (assessor == null) {
            throw new ConflictException("No assessor is assigned to this application yet.");
        }
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
    public Optional<Person> assessor() { return Optional.ofNullable(assessor); }
    public Optional<Instant> assignedAt() { return Optional.ofNullable(assignedAt); }
    public Optional<Person> moderator() { return Optional.ofNullable(moderator); }
    public Optional<Instant> closedAt() { return Optional.ofNullable(closedAt); }
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
