package academy.accreditation.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import academy.account.Person;
import academy.accreditation.application.ApplicationStatus;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.award.KiteMarkAward;
import academy.practice.Practice;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.RequiredText;
import academy.shared.time.AcademyCalendar;

/**
 * A practice's appeal against a refusal of its application or the revocation of its kite mark,
 * lodged within {@value AppealWindow#DAYS} days with its grounds; an administrator gives it to an
 * assessor other than the one who decided, who upholds or dismisses it with reasons. The grounds
 * and who decided never change.
 */
@Entity
@Table(name = "accreditation_appeal")
@SequenceGenerator(name = "appeal_seq", sequenceName = "appeal_seq", allocationSize = 50)
@NamedQuery(name = "Appeal.ofPractice",
        query = "SELECT a FROM Appeal a WHERE a.practice.id = :practiceId ORDER BY a.lodgedAt DESC, a.id DESC")
@NamedQuery(name = "Appeal.openAgainstApplication",
        query = "SELECT a FROM Appeal a WHERE a.application.id = :applicationId AND a.kind = academy.accreditation.appeal.AppealKind.REFUSAL"
                + " AND a.status IN (academy.accreditation.appeal.AppealStatus.LODGED, academy.accreditation.appeal.AppealStatus.ASSIGNED)")
@NamedQuery(name = "Appeal.openAgainstAward",
        query = "SELECT a FROM Appeal a WHERE a.award.id = :awardId AND a.kind = academy.accreditation.appeal.AppealKind.REVOCATION"
                + " AND a.status IN (academy.accreditation.appeal.AppealStatus.LODGED, academy.accreditation.appeal.AppealStatus.ASSIGNED)")
@NamedQuery(name = "Appeal.inStatus",
        query = "SELECT a FROM Appeal a JOIN FETCH a.practice WHERE a.status IN :statuses ORDER BY a.lodgedAt, a.id")
@NamedQuery(name = "Appeal.countInStatus", query = "SELECT COUNT(a) FROM Appeal a WHERE a.status IN :statuses")
@NamedQuery(name = "Appeal.assignedTo",
        query = "SELECT a FROM Appeal a JOIN FETCH a.practice WHERE a.assessor.id = :assessorId ORDER BY a.status, a.lodgedAt, a.id")
@NamedQuery(name = "Appeal.countAssignedTo", query = "SELECT COUNT(a) FROM Appeal a WHERE a.assessor.id = :assessorId")
public class Appeal {

    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    @Enumerated(EnumType.STRING) @Column(nullable = false, updatable = false) private AppealKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id", updatable = false)
    private KiteMarkApplication application;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "award_id", updatable = false)
    private KiteMarkAward award;

    /** Who took the decision appealed against: never the appeal assessor. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decided_by", updatable = false)
    private Person decidedBy;

    @Column(nullable = false, updatable = false) private String grounds;
    @Column(name = "lodged_by", nullable = false, updatable = false) private long lodgedBy;
    @Column(name = "lodged_at", nullable = false, updatable = false) private Instant lodgedAt;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private AppealStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assessor_id")
    private Person assessor;

    @Column(name = "assigned_at") private Instant assignedAt;
    @Column(name = "outcome_reasons") private String outcomeReasons;
    @Column(name = "decided_at") private Instant decidedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected Appeal() {
        // for JPA
    }

    private Appeal(Practice practice, AppealKind kind, Person decidedBy, Instant decisionAt, String grounds, long lodgedBy,
                   Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (!AppealWindow.isOpen(decisionAt, today)) {
            throw new ConflictException("The time to appeal has passed: an appeal had to be made within "
                    + AppealWindow.DAYS + " days, by " + AcademyCalendar.day(AppealWindow.lastDay(decisionAt)) + ". Nothing has changed.");
        }
        this.practice = Objects.requireNonNull(practice, "practice");
        this.kind = kind;
        this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
        this.grounds = RequiredText.require(grounds, MAX_TEXT, "Give the grounds of your appeal: why the decision should be looked at again.");
        this.lodgedBy = lodgedBy;
        this.lodgedAt = Objects.requireNonNull(now, "now");
        this.status = AppealStatus.LODGED;
    }

    /**
     * An appeal against the refusal of an application.
     *
     * @param refusedBy who took the refusing decision
     * @throws ConflictException when the application is not refused or the {@value AppealWindow#DAYS} days have passed
     */
    public static Appeal againstRefusal(KiteMarkApplication application, Person refusedBy, String grounds, long lodgedBy,
                                        Instant now) {
        if (application.status() != ApplicationStatus.REFUSED) {
            throw new ConflictException("Only a refused application can be appealed; this one is "
                    + application.status().label().toLowerCase(Locale.UK) + ".");
        }
        Appeal appeal = new Appeal(application.practice(), AppealKind.REFUSAL, refusedBy,
                application.closedAt().orElseThrow(), grounds, lodgedBy, now);
        appeal.application = application;
        return appeal;
    }

    /**
     * An appeal against the revocation of an award.
     *
     * @throws ConflictException when the award is not revoked or the {@value AppealWindow#DAYS} days have passed
     */
    public static Appeal againstRevocation(KiteMarkAward award, String grounds, long lodgedBy, Instant now) {
        if (award.revokedAt().isEmpty()) {
            throw new ConflictException("Only a revoked kite mark can be appealed; this one is not revoked.");
        }
        Appeal appeal = new Appeal(award.practice(), AppealKind.REVOCATION, award.revokedBy().orElseThrow(),
                award.revokedAt().get(), grounds, lodgedBy, now);
        appeal.award = award;
        return appeal;
    }

    /**
     * Gives the appeal to an assessor (again, while it is open). Conflicts of interest are the service's to check.
     *
     * @throws ConflictException when the appeal is decided, or the assessor took the decision appealed against
     */
    public void assignTo(Person appealAssessor, Instant now) {
        requireOpen();
        Objects.requireNonNull(appealAssessor, "appealAssessor");
        if (appealAssessor.equals(decidedBy)) {
            throw new ConflictException(appealAssessor.displayName() + " took the decision under appeal; choose a different assessor.");
        }
        assessor = appealAssessor;
        assignedAt = Objects.requireNonNull(now, "now");
        status = AppealStatus.ASSIGNED;
    }

    /**
     * The appeal assessor's outcome, with reasons. Undoing the decision (reinstating the award,
     * reopening the application) is the service's, in the same transaction.
     *
     * @throws ConflictException       when the appeal is not with this assessor or is decided already
     * @throws InvalidRequestException when the reasons are blank or too long
     */
    public void decide(boolean upheld, String reasons, Person by, Instant now) {
        requireOpen();
        if (assessor == null || !assessor.equals(by)) {
            throw new ConflictException("Only the assessor this appeal was given to can decide it.");
        }
        outcomeReasons = RequiredText.require(reasons, MAX_TEXT, "Give the reasons for the outcome; the practice reads them.");
        status = upheld ? AppealStatus.UPHELD : AppealStatus.DISMISSED;
        decidedAt = Objects.requireNonNull(now, "now");
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new ConflictException("This appeal was " + status.label().toLowerCase(Locale.UK) + " already.");
        }
    }


    public Long id() { return id; }
    public Practice practice() { return practice; }
    public AppealKind kind() { return kind; }
    public Optional<KiteMarkApplication> application() { return Optional.ofNullable(application); }
    public Optional<KiteMarkAward> award() { return Optional.ofNullable(award); }
    public Person decidedBy() { return decidedBy; }
    public String grounds() { return grounds; }
    public long lodgedBy() { return lodgedBy; }
    public Instant lodgedAt() { return lodgedAt; }
    public AppealStatus status() { return status; }
    public Optional<Person> assessor() { return Optional.ofNullable(assessor); }
    public Optional<Instant> assignedAt() { return Optional.ofNullable(assignedAt); }
    public Optional<String> outcomeReasons() { return Optional.ofNullable(outcomeReasons); }
    public Optional<Instant> decidedAt() { return Optional.ofNullable(decidedAt); }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Appeal appeal && id != null && id.equals(appeal.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, lodgedAt);
    }

    @Override
    public String toString() {
        return "Appeal[" + id + " " + kind + " " + status + "]";
    }
}
