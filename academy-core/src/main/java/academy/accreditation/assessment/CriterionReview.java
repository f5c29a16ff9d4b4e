package academy.accreditation.assessment;

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
import jakarta.persistence.Version;

import academy.account.Person;
import academy.accreditation.application.KiteMarkApplication;
import academy.shared.ConflictException;

/**
 * The assessor's verdict on one frozen criterion of an application: accepted, more evidence
 * requested, or answered by the practice (and waiting for the assessor to look again). The
 * conversation itself is in the criterion's {@link CriterionMessage}s.
 */
@Entity
@Table(name = "criterion_review")
@NamedQuery(name = "CriterionReview.ofApplication",
        query = "SELECT r FROM CriterionReview r WHERE r.application.id = :applicationId")
@NamedQuery(name = "CriterionReview.ofCriterion",
        query = "SELECT r FROM CriterionReview r WHERE r.application.id = :applicationId AND r.criterionSlug = :slug")
@NamedQuery(name = "CriterionReview.countInVerdict",
        query = "SELECT COUNT(r) FROM CriterionReview r WHERE r.application.id = :applicationId AND r.verdict = :verdict")
public class CriterionReview {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", updatable = false)
    private KiteMarkApplication application;

    @Column(name = "criterion_slug", nullable = false, updatable = false) private String criterionSlug;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private ReviewVerdict verdict;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewed_by")
    private Person reviewedBy;

    @Column(name = "changed_at", nullable = false) private Instant changedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected CriterionReview() {
        // for JPA
    }

    private CriterionReview(KiteMarkApplication application, String criterionSlug, ReviewVerdict verdict, Person by,
                            Instant now) {
        this.application = Objects.requireNonNull(application, "application");
        this.criterionSlug = Objects.requireNonNull(criterionSlug, "criterionSlug");
        this.verdict = verdict;
        this.reviewedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    static CriterionReview accepted(KiteMarkApplication application, String criterionSlug, Person by, Instant now) {
        return new CriterionReview(application, criterionSlug, ReviewVerdict.ACCEPTED, by, now);
    }

    static CriterionReview evidenceRequested(KiteMarkApplication application, String criterionSlug, Person by, Instant now) {
        return new CriterionReview(application, criterionSlug, ReviewVerdict.EVIDENCE_REQUESTED, by, now);
    }

    /** The assessor accepts the criterion (again, after the practice answered). */
    public void accept(Person by, Instant now) {
        if (verdict == ReviewVerdict.EVIDENCE_REQUESTED) {
            throw new ConflictException("The practice has not answered your request on this criterion yet;"
                    + " accept it once they have.");
        }
        change(ReviewVerdict.ACCEPTED, by, now);
    }

    /** The assessor asks for more (again, after an answer that did not settle it). */
    public void requestEvidence(Person by, Instant now) {
        if (verdict == ReviewVerdict.EVIDENCE_REQUESTED) {
            throw new ConflictException("You have already asked for more evidence on this criterion;"
                    + " the practice has not answered yet.");
        }
        change(ReviewVerdict.EVIDENCE_REQUESTED, by, now);
    }

    /** The practice answered the open request. */
    public void answer(Instant now) {
        if (verdict != ReviewVerdict.EVIDENCE_REQUESTED) {
            throw new ConflictException("The assessor has not asked for more evidence on this criterion.");
        }
        verdict = ReviewVerdict.ANSWERED;
        changedAt = Objects.requireNonNull(now, "now");
    }

    private void change(ReviewVerdict to, Person by, Instant now) {
        verdict = to;
        reviewedBy = Objects.requireNonNull(by, "by");
        changedAt = Objects.requireNonNull(now, "now");
    }

    public Long id() { return id; }
    public KiteMarkApplication application() { return application; }
    public String criterionSlug() { return criterionSlug; }
    public ReviewVerdict verdict() { return verdict; }
    public Instant changedAt() { return changedAt; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CriterionReview review && id != null && id.equals(review.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterionSlug);
    }
}
