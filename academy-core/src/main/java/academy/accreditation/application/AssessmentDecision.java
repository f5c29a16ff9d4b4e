package academy.accreditation.application;

import java.time.Instant;
import java.util.Objects;

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

import academy.account.Person;
import academy.shared.InvalidRequestException;
import academy.shared.RequiredText;

/**
 * A decision on an application, with its reasons and who took it in which capacity. Append-only:
 * a moderator's or appeal assessor's decision is a new record beside the first.
 */
@Entity
@Table(name = "accreditation_decision")
@NamedQuery(name = "AssessmentDecision.ofApplication",
        query = "SELECT d FROM AssessmentDecision d JOIN FETCH d.decidedBy WHERE d.application.id = :applicationId"
                + " ORDER BY d.decidedAt, d.id")
public class AssessmentDecision {

    public static final int MAX_REASONS = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", updatable = false)
    private KiteMarkApplication application;

    @Enumerated(EnumType.STRING) @Column(nullable = false, updatable = false) private DecisionOutcome outcome;
    @Column(nullable = false, updatable = false) private String reasons;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decided_by", updatable = false)
    private Person decidedBy;

    @Enumerated(EnumType.STRING) @Column(name = "decided_as", nullable = false, updatable = false) private DecidedAs decidedAs;
    @Column(name = "decided_at", nullable = false, updatable = false) private Instant decidedAt;

    protected AssessmentDecision() {
        // for JPA
    }

    /**
     * @throws InvalidRequestException when the reasons are blank or longer than {@value #MAX_REASONS} characters
     */
    public AssessmentDecision(KiteMarkApplication application, DecisionOutcome outcome, String reasons, Person decidedBy,
                              DecidedAs decidedAs, Instant now) {
        this.application = Objects.requireNonNull(application, "application");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.reasons = requireReasons(reasons);
        this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
        this.decidedAs = Objects.requireNonNull(decidedAs, "decidedAs");
        this.decidedAt = Objects.requireNonNull(now, "now");
    }

    /** Reasons as a decision needs them: given, stripped and not too long. */
    public static String requireReasons(String reasons) {
        return RequiredText.require(reasons, MAX_REASONS, "Give the reasons for the decision; the practice reads them.",
                "The reasons are too long: at most " + MAX_REASONS + " characters.");
    }

    public Long id() { return id; }
    public KiteMarkApplication application() { return application; }
    public DecisionOutcome outcome() { return outcome; }
    public String reasons() { return reasons; }
    public Person decidedBy() { return decidedBy; }
    public DecidedAs decidedAs() { return decidedAs; }
    public Instant decidedAt() { return decidedAt; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AssessmentDecision decision && id != null && id.equals(decision.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, decidedAt);
    }

    @Override
    public String toString() {
        return "AssessmentDecision[" + id + " " + outcome + " " + decidedAs + "]";
    }
}
