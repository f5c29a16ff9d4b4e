package academy.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import academy.shared.time.AcademyCalendar;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.RequiredText;

/**
 * An issued certificate: its serial, what it says, and the hash of the signed PDF stored beside it
 * ({@link CertificateDocument}). What was issued never changes; a certificate can only be revoked
 * (with a reason) or superseded by a newer one for the same subject.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.bySerial", query = "SELECT c FROM Certificate c LEFT JOIN FETCH c.supersededBy WHERE c.serial = :serial")
@NamedQuery(name = "Certificate.bySha256", query = "SELECT c FROM Certificate c WHERE c.pdfSha256 = :hash ORDER BY c.id")
@NamedQuery(name = "Certificate.currentOf",
        query = "SELECT c FROM Certificate c WHERE c.subjectKey = :key AND c.supersededBy IS NULL ORDER BY c.generation DESC")
@NamedQuery(name = "Certificate.ofSubject", query = "SELECT c FROM Certificate c WHERE c.subjectKey = :key ORDER BY c.generation")
@NamedQuery(name = "Certificate.currentKiteMarksOfPractice", query = "SELECT c FROM Certificate c WHERE c.practiceId = :practice"
        + " AND c.kind = academy.certificate.CertificateKind.KITE_MARK AND c.supersededBy IS NULL")
@NamedQuery(name = "Certificate.lastGeneration", query = "SELECT MAX(c.generation) FROM Certificate c WHERE c.subjectKey = :key")
// Revoked or superseded: a credential either way no longer to be trusted.
@NamedQuery(name = "Certificate.withdrawnBetween",
        query = "SELECT c.id FROM Certificate c WHERE (c.revokedAt IS NOT NULL OR c.supersededAt IS NOT NULL)"
                + " AND c.id >= :from AND c.id < :to")
// The completion a certificate is made from, with everything printed on it: one query.
@NamedQuery(name = "Certificate.completionToCertify",
        query = "SELECT c FROM Completion c JOIN FETCH c.person JOIN FETCH c.moduleVersion JOIN FETCH c.module"
                + " JOIN FETCH c.practice WHERE c.id = :id")
// A practice's completion certificates for its archive, a batch after the last id seen: one query, no entities.
@NamedQuery(name = "Certificate.archiveOfPractice",
        query = "SELECT c.id, c.serial, c.holderName, m.slug, v.title, comp.versionNumber, comp.completedAt, c.revokedAt,"
                + " c.supersededAt FROM Certificate c, Completion comp JOIN comp.module m JOIN comp.moduleVersion v"
                + " WHERE comp.id = c.completionId AND c.practiceId = :practice AND c.id > :after ORDER BY c.id")
// The practice's completions that have no certificate yet, for the archive's list, a batch after the last id seen.
@NamedQuery(name = "Certificate.uncertifiedOfPractice",
        query = "SELECT comp.id, p.displayName, m.slug, v.title, comp.versionNumber, comp.completedAt FROM Completion comp"
                + " JOIN comp.person p JOIN comp.module m JOIN comp.moduleVersion v WHERE comp.practice.id = :practice"
                + " AND comp.id > :after AND comp.source <> academy.learning.CompletionSource.EXTERNAL_EVIDENCE AND NOT EXISTS (SELECT c FROM Certificate c WHERE c.completionId = comp.id)"
                + " ORDER BY comp.id")
public class Certificate {

    static final int MAX_REASON = 500;
    private static final int MAX_TEXT = 1000;

    @Id
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String serial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CertificateKind kind;

    @Column(name = "subject_key", nullable = false, updatable = false)
    private String subjectKey;

    @Column(nullable = false, updatable = false)
    private int generation;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "holder_name", nullable = false, updatable = false)
    private String holderName;

    @Column(name = "practice_id", updatable = false)
    private Long practiceId;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "completion_id", updatable = false)
    private Long completionId;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_until", updatable = false)
    private Instant validUntil;

    @Column(name = "valid_until_day", updatable = false)
    private LocalDate validUntilDay;

    @Column(name = "template_version", nullable = false, updatable = false)
    private int templateVersion;

    @Column(name = "pdf_sha256", nullable = false, updatable = false)
    private String pdfSha256;

    @Column(name = "achievement_id", nullable = false, updatable = false)
    private String achievementId;

    @Column(name = "achievement_type", nullable = false, updatable = false)
    private String achievementType;

    @Column(name = "achievement_name", nullable = false, updatable = false)
    private String achievementName;

    @Column(name = "achievement_description", nullable = false, updatable = false)
    private String achievementDescription;

    @Column(name = "achievement_criteria", nullable = false, updatable = false)
    private String achievementCriteria;

    @Column(name = "recipient_type", nullable = false, updatable = false)
    private String recipientType;

    @Column(name = "recipient_value", nullable = false, updatable = false)
    private String recipientValue;

    @Column(name = "recipient_hashed", nullable = false, updatable = false)
    private boolean recipientHashed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certificate_field", joinColumns = @JoinColumn(name = "certificate_id"))
    @OrderColumn(name = "field_position")
    private List<CertificateField> fields = new ArrayList<>();

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason")
    private String revokedReason;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "superseded_reason")
    private String supersededReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_id")
    private Certificate supersededBy;

    protected Certificate() {
        // for JPA
    }

    /** A certificate issued now for the subject, with the content printed and the hash of the signed bytes. */
    public Certificate(CertificateSubject subject, int generation, CertificateContent content, String pdfSha256, Instant now) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(content, "content");
        if (generation < 1) {
            throw new IllegalArgumentException("generations count from 1");
        }
        this.serial = content.serial().value();
        this.kind = subject.kind();
        this.subjectKey = subject.subjectKey();
        this.generation = generation;
        this.title = content.title();
        this.holderName = content.holder();
        this.practiceId = subject.practiceId().orElse(null);
        this.personId = subject.personId().orElse(null);
        this.completionId = subject.completionId().orElse(null);
        this.issuedAt = Objects.requireNonNull(now, "now");
        this.validFrom = subject.validFrom();
        this.validUntilDay = subject.validUntil().orElse(null);
        this.validUntil = subject.validUntil().map(AcademyCalendar::endOf).orElse(null);
        this.templateVersion = CertificatePipeline.TEMPLATE_VERSION;
        this.pdfSha256 = Objects.requireNonNull(pdfSha256, "pdfSha256");
        this.achievementId = subject.achievement().id();
        this.achievementType = subject.achievement().achievementType();
        this.achievementName = subject.achievement().name();
        this.achievementDescription = cut(subject.achievement().description(), MAX_TEXT);
        this.achievementCriteria = cut(subject.achievement().criteria(), MAX_TEXT);
        this.recipientType = subject.recipient().identityType();
        this.recipientValue = subject.recipient().value();
        this.recipientHashed = subject.recipient().hashed();
        this.fields.addAll(content.fields());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /**
     * Withdraws the certificate for good.
     *
     * @throws InvalidRequestException when the reason is missing or too long
     * @throws ConflictException       when it is already revoked
     */
    public void revoke(String reason, String by, Instant now) {
        String refusal = "Give a reason for the revocation (at most " + MAX_REASON + " characters).";
        String stripped = RequiredText.require(reason, MAX_REASON, refusal, refusal);
        if (revokedAt != null) {
            throw new ConflictException("This certificate was already revoked.");
        }
        this.revokedAt = Objects.requireNonNull(now, "now");
        this.revokedReason = stripped;
        this.revokedBy = Objects.requireNonNull(by, "by");
    }

    /**
     * Marks this certificate as replaced by a newer one for the same subject, saying why.
     *
     * @throws ConflictException when it was already superseded
     */
    public void supersedeBy(Certificate newer, String reason, Instant now) {
        Objects.requireNonNull(newer, "newer");
        Objects.requireNonNull(reason, "reason");
        if (supersededBy != null) {
            throw new ConflictException("This certificate was already replaced by " + supersededBy.serial().display() + ".");
        }
        if (!newer.subjectKey.equals(subjectKey) || newer.generation <= generation) {
            throw new IllegalArgumentException(newer + " does not replace " + this);
        }
        this.supersededBy = newer;
        this.supersededAt = Objects.requireNonNull(now, "now");
        this.supersededReason = cut(reason.strip(), MAX_REASON);
    }

    /**
     * Revoked, superseded, expired or valid, in that order of precedence. Valid through the whole of
     * its last day in the UK.
     */
    public CertificateStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        if (supersededBy != null) {
            return CertificateStatus.SUPERSEDED;
        }
        if (lastValidDay().filter(AcademyCalendar.dayOf(now)::isAfter).isPresent()) {
            return CertificateStatus.EXPIRED;
        }
        return CertificateStatus.VALID;
    }

    public Long id() { return id; }
    public CertificateSerial serial() { return CertificateSerial.of(serial); }
    public CertificateKind kind() { return kind; }
    public String subjectKey() { return subjectKey; }
    public int generation() { return generation; }
    public String title() { return title; }
    public String holderName() { return holderName; }
    public Optional<Long> practiceId() { return Optional.ofNullable(practiceId); }
    public Optional<Long> personId() { return Optional.ofNullable(personId); }
    public Optional<Long> completionId() { return Optional.ofNullable(completionId); }
    public Instant issuedAt() { return issuedAt; }
    public Instant validFrom() { return validFrom; }

    /**
     * The last day it is valid, inclusive, in the UK: as printed, shown and published. Certificates
     * issued before the day was stored count the UK day of their stored end, as was printed on them.
     */
    public Optional<LocalDate> lastValidDay() {
        return Optional.ofNullable(validUntilDay).or(() -> Optional.ofNullable(validUntil).map(AcademyCalendar::dayOf));
    }

    public int templateVersion() { return templateVersion; }
    public String pdfSha256() { return pdfSha256; }
    public List<CertificateField> fields() { return Collections.unmodifiableList(fields); }
    public Optional<Instant> revokedAt() { return Optional.ofNullable(revokedAt); }
    public Optional<String> revokedReason() { return Optional.ofNullable(revokedReason); }
    public Optional<String> revokedBy() { return Optional.ofNullable(revokedBy); }
    public Optional<Instant> supersededAt() { return Optional.ofNullable(supersededAt); }
    public Optional<String> supersededReason() { return Optional.ofNullable(supersededReason); }
    public Optional<Certificate> supersededBy() { return Optional.ofNullable(supersededBy); }

    public OpenBadges.Achievement achievement() {
        return new OpenBadges.Achievement(achievementId, achievementType, achievementName, achievementDescription,
                achievementCriteria);
    }

    public OpenBadges.Recipient recipient() {
        return new OpenBadges.Recipient(recipientType, recipientValue, recipientHashed);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Certificate certificate && id != null && id.equals(certificate.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serial);
    }

    @Override
    public String toString() {
        return "Certificate[" + serial + " " + subjectKey + " #" + generation + "]";
    }
}
