package academy.accreditation.readiness;

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

import academy.accreditation.scheme.Criterion;
import academy.accreditation.scheme.CriterionKind;
import academy.evidence.StoredFile;
import academy.practice.Practice;
import academy.shared.InvalidRequestException;
import academy.shared.RequiredText;

/**
 * What a practice says to meet one evidence criterion (the justification), with where the evidence
 * can be seen: a link, an uploaded evidence file of the practice, or both. Append-only: giving a new
 * statement adds a revision and marks the previous one superseded, so what was said before (and
 * what an application froze) stays.
 */
@Entity
@Table(name = "accreditation_evidence")
@NamedQuery(name = "EvidenceStatement.latestOf",
        query = "SELECT e FROM EvidenceStatement e WHERE e.practice.id = :practiceId AND e.criterionSlug = :criterion"
                + " AND e.latest = true")
@NamedQuery(name = "EvidenceStatement.latestForPractices",
        query = "SELECT e.practice.id, e.criterionSlug, e.statement, e.link, f.id, f.originalName, e.submittedAt"
                + " FROM EvidenceStatement e LEFT JOIN e.file f WHERE e.practice.id IN :practiceIds AND e.latest = true")
public class EvidenceStatement {

    static final int MIN_STATEMENT = 20;
    static final int MAX_STATEMENT = 4000;
    static final int MAX_LINK = 1000;
    static final String LINK_OR_FILE = "Please give a link to where the evidence can be seen, or upload a file of it.";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    @Column(name = "criterion_slug", nullable = false, updatable = false) private String criterionSlug;
    @Column(nullable = false, updatable = false) private int revision;
    @Column(nullable = false, updatable = false) private String statement;
    @Column(updatable = false) private String link;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evidence_file_id", updatable = false)
    private StoredFile file;
    @Column(name = "is_latest", nullable = false) private boolean latest;
    @Column(name = "submitted_by", updatable = false) private Long submittedBy;
    @Column(name = "submitted_at", nullable = false, updatable = false) private Instant submittedAt;

    protected EvidenceStatement() {
        // for JPA
    }

    private EvidenceStatement(Practice practice, Criterion criterion, int revision, String statement, String link,
                              Optional<StoredFile> file, Optional<Long> submittedBy, Instant now) {
        this.practice = Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(file, "file");
        this.link = requireAcceptable(criterion, statement, link, file.isPresent()).orElse(null);
        file.ifPresent(f -> {
            if (!Objects.equals(f.practiceId(), practice.id())) {
                throw new IllegalArgumentException(f + " is not evidence of " + practice);
            }
        });
        this.criterionSlug = criterion.slug();
        this.revision = revision;
        this.statement = requireStatement(statement);
        this.file = file.orElse(null);
        this.latest = true;
        this.submittedBy = submittedBy.orElse(null);
        this.submittedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * The practice's first statement for the criterion.
     *
     * @param link as typed; blank when the practice gives none
     * @param file the practice's stored evidence file, if it uploaded one
     * @throws InvalidRequestException when the criterion takes no evidence, the statement or link is not
     *     acceptable, or there is neither a link nor a file
     */
    public static EvidenceStatement first(Practice practice, Criterion criterion, String statement, String link,
                                          Optional<StoredFile> file, Optional<Long> submittedBy, Instant now) {
        return new EvidenceStatement(practice, criterion, 1, statement, link, file, submittedBy, now);
    }

    /**
     * A new statement that supersedes this one; this one stays, no longer the latest.
     *
     * @throws InvalidRequestException as {@link #first} (this one stays the latest)
     */
    public EvidenceStatement supersede(Criterion criterion, String statement, String link, Optional<StoredFile> file,
                                       Optional<Long> submittedBy, Instant now) {
        if (!criterion.slug().equals(criterionSlug)) {
            throw new IllegalArgumentException("a revision must be for " + criterionSlug);
        }
        if (!latest) {
            throw new IllegalStateException(this + " was already superseded");
        }
        EvidenceStatement next = new EvidenceStatement(practice, criterion, revision + 1, statement, link, file,
                submittedBy, now);
        latest = false;
        return next;
    }

    /**
     * Checks what the practice typed, before any file it sends is stored: the criterion takes
     * evidence, the statement says enough, a link given is a web address, and there is a link or a
     * file. The service calls this first, so a refused statement never costs an upload.
     *
     * @param withFile whether the practice is uploading a file with the statement
     * @return the link, tidied; empty when none was typed
     * @throws InvalidRequestException with the first thing that is wrong
     */
    public static Optional<String> requireAcceptable(Criterion criterion, String statement, String link, boolean withFile) {
        if (criterion.kind() != CriterionKind.EVIDENCE) {
            throw new InvalidRequestException("\"" + criterion.title() + "\" is checked from the practice's records; "
                    + "it takes no statement.");
        }
        requireStatement(statement);
        boolean linked = link != null && !link.isBlank();
        if (!linked && !withFile) {
            throw new InvalidRequestException(LINK_OR_FILE);
        }
        return linked ? Optional.of(requireLink(link)) : Optional.empty();
    }

    static String requireStatement(String statement) {
        return RequiredText.require(statement, MIN_STATEMENT, MAX_STATEMENT,
                "Please say in a sentence or two (at least " + MIN_STATEMENT + " characters) what the evidence shows.",
                "The statement can be at most " + MAX_STATEMENT + " characters long.");
    }

    /** Only web addresses: a link is opened by an assessor, so nothing else (javascript:, file:) is taken. */
    static String requireLink(String link) {
        String text = link == null ? "" : link.strip();
        if (text.isEmpty()) {
            throw new InvalidRequestException(LINK_OR_FILE);
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
    public Optional<String> link() { return Optional.ofNullable(link); }
    public Optional<StoredFile> file() { return Optional.ofNullable(file); }
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
