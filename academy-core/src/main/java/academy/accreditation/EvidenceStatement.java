package academy.accreditation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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

import academy.practice.Practice;
import academy.shared.InvalidRequestException;

/**
 * What a practice says, with a link to where it can be seen, to meet one evidence criterion.
 * Append-only: giving a new statement adds a revision and marks the previous one superseded, so
 * what was said before (and what an application froze) stays.
 */
@Entity
@Table(name = "accreditation_evidence")
@NamedQuery(name = "EvidenceStatement.latestOf",
        query = "SELECT e FROM EvidenceStatement e WHERE e.practice.id = :practiceId AND e.criterionSlug = :criterion"
                + " AND e.latest = true")
@NamedQuery(name = "EvidenceStatement.latestForPractices",
        query = "SELECT e.practice.id, e.criterionSlug, e.statement, e.link, e.submittedAt FROM EvidenceStatement e"
                + " WHERE e.practice.id IN :practiceIds AND e.latest = true")
public class EvidenceStatement {

    static final int MIN_STATEMENT = 20;
    static final int MAX_STATEMENT = 4000;
    static final int MAX_LINK = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    @Column(name = "criterion_slug", nullable = false, updatable = false) private String criterionSlug;
    @Column(nullable = false, updatable = false) private int revision;
    @Column(nullable = false, updatable = false) private String statement;
    @Column(nullable = false, updatable = false) private String link;
    @Column(name = "is_latest", nullable = false) private boolean latest;
    @Column(name = "submitted_by", updatable = false) private Long submittedBy;
    @Column(name = "submitted_at", nullable = false, updatable = false) private Instant submittedAt;

    protected EvidenceStatement() {
        // for JPA
    }

    private EvidenceStatement(Practice practice, Criterion criterion, int revision, String statement, String link,
                              Optional<Long> submittedBy, Instant now) {
        if (criterion.kind() != CriterionKind.EVIDENCE) {
            throw new InvalidRequestException("\"" + criterion.title() + "\" is checked from the practice's records; "
                    + "it takes no statement.");
        }
        this.practice = Objects.requireNonNull(practice, "practice");
        this.criterionSlug = criterion.slug();
        this.revision = revision;
        this.statement = requireStatement(statement);
        this.link = requireLink(link);
        this.latest = true;
        this.submittedBy = submittedBy.orElse(null);
        this.submittedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * The practice's first statement for the criterion.
     *
     * @throws InvalidRequestException when the criterion takes no evidence, or the statement or link is not acceptable
     */
    public static EvidenceStatement first(Practice practice, Criterion criterion, String statement, String link,
                                          Optional<Long> submittedBy, Instant now) {
        return new EvidenceStatement(practice, criterion, 1, statement, link, submittedBy, now);
    }

    /**
     * A new statement that supersedes this one; this one stays, no longer the latest.
     *
     * @throws InvalidRequestException when the new statement or link is not acceptable (this one stays the latest)
     */
    public EvidenceStatement supersede(Criterion criterion, String statement, String link, Optional<Long> submittedBy,
                                       Instant now) {
        if (!criterion.slug().equals(criterionSlug)) {
            throw new IllegalArgumentException("a revision must be for " + criterionSlug);
        }
        if (!latest) {
            throw new IllegalStateException(this + " was already superseded");
        }
        EvidenceStatement next = new EvidenceStatement(practice, criterion, revision + 1, statement, link, submittedBy, now);
        latest = false;
        return next;
    }

    static String requireStatement(String statement) {
        String text = statement == null ? "" : statement.strip();
        if (text.length() < MIN_STATEMENT) {
            throw new InvalidRequestException("Please say in a sentence or two (at least " + MIN_STATEMENT
                    + " characters) what the evidence shows.");
        }
        if (text.length() > MAX_STATEMENT) {
            throw new InvalidRequestException("The statement can be at most " + MAX_STATEMENT + " characters long.");
        }
        return text;
    }

    /** Only web addresses: a link is opened by an assessor, so nothing else (javascript:, file:) is taken. */
    static String requireLink(String link) {
        String text = link == null ? "" : link.strip();
        if (text.isEmpty()) {
            throw new InvalidRequestException("Please give a link to where the evidence can be seen.");
        }
        if (text.length() > MAX_LINK) {
            throw new InvalidRequestException("The link can be at most " + MAX_LINK + " characters long.");
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidRequestException("The link must be a web address starting with https://.");
            }
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("The link is not a web address; copy it from the browser's address bar.");
        }
        return text;
    }

    public Long id() { return id; }
    public Practice practice() { return practice; }
    public String criterionSlug() { return criterionSlug; }
    public int revision() { return revision; }
    public String statement() { return statement; }
    public String link() { return link; }
    public boolean isLatest() { return latest; }
    public Optional<Long> submittedBy() { return Optional.ofNullable(submittedBy); }
    public Instant submittedAt() { return submittedAt; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof EvidenceStatement evidence && id != null && id.equals(evidence.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterionSlug, revision);
    }

    @Override
    public String toString() {
        return "EvidenceStatement[" + id + " " + criterionSlug + " r" + revision + "]";
    }
}
