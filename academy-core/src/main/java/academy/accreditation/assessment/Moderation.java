package academy.accreditation.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import academy.accreditation.application.AssessmentDecision;
import academy.accreditation.application.DecisionOutcome;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.award.KiteMarkAward;
import academy.shared.ConflictException;
import academy.shared.RequiredText;

/**
 * An award of the scheme's top level as the first assessor proposed it (outcome, reasons and
 * conditions), waiting for a second assessor who confirms it or returns it with reasons. Nothing
 * is decided until the moderator confirms: then both decisions are recorded and the award made.
 */
@Entity
@Table(name = "accreditation_moderation")
@NamedQuery(name = "Moderation.pendingOf",
        query = "SELECT m FROM Moderation m WHERE m.application.id = :applicationId AND m.status = academy.accreditation.assessment.Moderation.Status.PENDING")
@NamedEntityGraph(name = Moderation.WHOLE, attributeNodes = {@NamedAttributeNode("proposedBy"),
        @NamedAttributeNode("moderator"), @NamedAttributeNode("conditions")})
public class Moderation {

    /** The graph of what the application's page shows of a moderation: who proposed, who moderates, the conditions. */
    public static final String WHOLE = "Moderation.whole";

    /** Where a moderation stands. */
    public enum Status { PENDING, CONFIRMED, RETURNED }

    /** A condition as proposed, made real when the award is. */
    @Embeddable
    public static class ProposedCondition {
        @Column(nullable = false, updatable = false) private String description;
        @Column(nullable = false, updatable = false) private LocalDate deadline;

        protected ProposedCondition() {
            // for JPA
        }

        ProposedCondition(KiteMarkAward.ConditionTerms terms) {
            this.description = terms.description();
            this.deadline = terms.deadline();
        }

        public KiteMarkAward.ConditionTerms terms() {
            return new KiteMarkAward.ConditionTerms(description, deadline);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", updatable = false)
    private KiteMarkApplication application;

    @Enumerated(EnumType.STRING) @Column(nullable = false, updatable = false) private DecisionOutcome outcome;
    @Column(nullable = false, updatable = false) private String reasons;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposed_by", updatable = false)
    private Person proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false) private Instant proposedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "moderator_id", updatable = false)
    private Person moderator;

    @Enumerated(EnumType.STRING) @Column(nullable = false) private Status status;
    @Column(name = "moderator_reasons") private String moderatorReasons;
    @Column(name = "settled_at") private Instant settledAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "accreditation_moderation_condition", joinColumns = @JoinColumn(name = "moderation_id"))
    @OrderColumn(name = "position")
    private List<ProposedCondition> conditions = new ArrayList<>();

    protected Moderation() {
        // for JPA
    }

    Moderation(KiteMarkApplication application, DecisionOutcome outcome, String reasons, List<KiteMarkAward.ConditionTerms> conditions,
               Person proposedBy, Person moderator, Instant now) {
        if (!Objects.requireNonNull(outcome, "outcome").awards()) {
            throw new IllegalArgumentException("only awards are moderated: " + outcome);
        }
        this.application = Objects.requireNonNull(application, "application");
        this.outcome = outcome;
        this.reasons = AssessmentDecision.requireReasons(reasons);
        this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
        this.moderator = Objects.requireNonNull(moderator, "moderator");
        this.proposedAt = Objects.requireNonNull(now, "now");
        this.status = Status.PENDING;
        conditions.forEach(c -> this.conditions.add(new ProposedCondition(c)));
    }

    /** The moderator lets the award stand. */
    void confirm(Instant now) {
        requirePending();
        status = Status.CONFIRMED;
        settledAt = Objects.requireNonNull(now, "now");
    }

    /** The moderator sends the application back to the first assessor, with reasons. */
    void returnWith(String reasons, Instant now) {
        requirePending();
        moderatorReasons = RequiredText.require(reasons, AssessmentDecision.MAX_REASONS,
                "Say why you return the award, so the first assessor knows what to look at again.");
        status = Status.RETURNED;
        settledAt = Objects.requireNonNull(now, "now");
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new ConflictException("This award has been moderated already.");
        }
    }

    public Long id() { return id; }
    public KiteMarkApplication application() { return application; }
    public DecisionOutcome outcome() { return outcome; }
    public String reasons() { return reasons; }
    public Person proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public Person moderator() { return moderator; }
    public Status status() { return status; }
    public Optional<String> moderatorReasons() { return Optional.ofNullable(moderatorReasons); }
    public List<KiteMarkAward.ConditionTerms> conditions() {
        return conditions.stream().map(ProposedCondition::terms).toList();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Moderation moderation && id != null && id.equals(moderation.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(proposedAt);
    }
}
