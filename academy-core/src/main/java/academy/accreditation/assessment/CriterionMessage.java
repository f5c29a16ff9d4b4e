package academy.accreditation.assessment;

import java.time.Instant;
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

import academy.account.Person;
import academy.accreditation.application.KiteMarkApplication;
import academy.evidence.StoredFile;
import academy.shared.RequiredText;

/**
 * One message in the thread of a criterion of an application: the assessor's request or comment,
 * or the practice's answer (optionally with new evidence: a link, a file, or both). Append-only. The author's
 * name is copied so the thread reads the same after a rename.
 */
@Entity
@Table(name = "criterion_message")
@NamedQuery(name = "CriterionMessage.ofApplication",
        query = "SELECT m FROM CriterionMessage m LEFT JOIN FETCH m.file WHERE m.applicationId = :applicationId"
                + " ORDER BY m.writtenAt, m.id")
@NamedQuery(name = "CriterionMessage.holdingFile",
        query = "SELECT COUNT(m) FROM CriterionMessage m WHERE m.applicationId = :applicationId AND m.file.id = :fileId")
public class CriterionMessage {

    static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false) private Long applicationId;
    @Column(name = "criterion_slug", nullable = false, updatable = false) private String criterionSlug;
    @Column(name = "author_id", nullable = false, updatable = false) private Long authorId;
    @Column(name = "author_name", nullable = false, updatable = false) private String authorName;
    @Enumerated(EnumType.STRING) @Column(nullable = false, updatable = false) private MessageSide side;
    @Column(nullable = false, updatable = false) private String body;
    @Column(updatable = false) private String link;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evidence_file_id", updatable = false)
    private StoredFile file;
    @Column(name = "written_at", nullable = false, updatable = false) private Instant writtenAt;

    protected CriterionMessage() {
        // for JPA
    }

    /** @throws academy.shared.InvalidRequestException when the text is blank or too long */
    CriterionMessage(KiteMarkApplication application, String criterionSlug, Person author, MessageSide side, String body,
                     Optional<String> link, Optional<StoredFile> file, Instant now) {
        this.applicationId = Objects.requireNonNull(application.id(), "application id");
        this.criterionSlug = Objects.requireNonNull(criterionSlug, "criterionSlug");
        this.authorId = Objects.requireNonNull(author.id(), "author id");
        this.authorName = author.displayName();
        this.side = Objects.requireNonNull(side, "side");
        this.body = RequiredText.require(body, MAX_BODY, side == MessageSide.ASSESSOR
                ? "Say what more evidence you need, so the practice knows what to send."
                : "Write your answer to the assessor's request.");
        this.link = link.orElse(null);
        this.file = file.orElse(null);
        this.writtenAt = Objects.requireNonNull(now, "now");
    }

    public Long id() { return id; }
    public String criterionSlug() { return criterionSlug; }
    public String authorName() { return authorName; }
    public MessageSide side() { return side; }
    public String body() { return body; }
    public Optional<String> link() { return Optional.ofNullable(link); }
    public Optional<StoredFile> file() { return Optional.ofNullable(file); }
    public Instant writtenAt() { return writtenAt; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CriterionMessage message && id != null && id.equals(message.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterionSlug, writtenAt);
    }
}
