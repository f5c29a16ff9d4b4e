package academy.accreditation.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import academy.accreditation.readiness.CriterionReadiness;
import academy.accreditation.readiness.CriterionStatus;
import academy.accreditation.readiness.ReadinessFacts;
import academy.accreditation.scheme.CriterionKind;
import academy.catalogue.Area;

/**
 * One criterion of an application exactly as it stood when the practice applied: its status, the
 * progress and gap in words, and the evidence given (statement, link, and the file's id and the name
 * it had, so the file is named as it was even if the store's record were ever renamed). Never
 * changed afterwards.
 */
@Embeddable
public class FrozenCriterion {

    @Column(name = "criterion_slug", nullable = false, updatable = false) private String criterionSlug;
    @Column(nullable = false, updatable = false) private String title;
    @Enumerated(EnumType.STRING) @Column(nullable = false, updatable = false) private Area area;
    @Enumerated(EnumType.STRING) @Column(nullable = false, updatable = false) private CriterionKind kind;
    @Enumerated(EnumType.STRING) @Column(nullable = false, updatable = false) private CriterionStatus status;
    @Column(nullable = false, updatable = false) private String progress;
    @Column(updatable = false) private String gap;
    @Column(name = "evidence_statement", updatable = false) private String evidenceStatement;
    @Column(name = "evidence_link", updatable = false) private String evidenceLink;
    @Column(name = "evidence_given_at", updatable = false) private Instant evidenceGivenAt;
    @Column(name = "evidence_file_id", updatable = false) private Long evidenceFileId;
    @Column(name = "evidence_file_name", updatable = false) private String evidenceFileName;

    protected FrozenCriterion() {
        // for JPA
    }

    FrozenCriterion(CriterionReadiness judged) {
        Objects.requireNonNull(judged, "judged");
        this.criterionSlug = judged.criterion().slug();
        this.title = judged.criterion().title();
        this.area = judged.criterion().area();
        this.kind = judged.criterion().kind();
        this.status = judged.status();
        this.progress = judged.progress();
        this.gap = judged.gap().orElse(null);
        judged.evidence().ifPresent(evidence -> {
            this.evidenceStatement = evidence.statement();
            this.evidenceLink = evidence.link().orElse(null);
            this.evidenceGivenAt = evidence.submittedAt();
            evidence.file().ifPresent(file -> {
                this.evidenceFileId = file.id();
                this.evidenceFileName = file.name();
            });
        });
    }

    public String criterionSlug() { return criterionSlug; }
    public String title() { return title; }
    public Area area() { return area; }
    public CriterionKind kind() { return kind; }
    public CriterionStatus status() { return status; }
    public String progress() { return progress; }
    public Optional<String> gap() { return Optional.ofNullable(gap); }
    public Optional<ReadinessFacts.Evidence> evidence() {
        return evidenceStatement == null ? Optional.empty()
                : Optional.of(new ReadinessFacts.Evidence(evidenceStatement, Optional.ofNullable(evidenceLink),
                        Optional.ofNullable(evidenceFileId).map(id -> new ReadinessFacts.EvidenceFile(id, evidenceFileName)),
                        evidenceGivenAt));
    }
}
