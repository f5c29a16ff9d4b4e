package academy.accreditation.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import academy.account.Person;
import academy.accreditation.application.AssessmentDecision;
import academy.accreditation.application.DecisionOutcome;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.scheme.SchemeVersion;
import academy.practice.Practice;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;
import academy.shared.RequiredText;

/**
 * A kite mark held by a practice: the level and scheme version it was assessed against, who
 * awarded it, and the days it is valid (from and until, both inclusive). Its facts never change;
 * lapsing at expiry, revocation and being superseded by a renewal are each recorded once, and its
 * status on any day follows from them (see {@link #status}).
 */
@Entity
@Table(name = "kitemark_award")
@SequenceGenerator(name = "award_seq", sequenceName = "award_seq", allocationSize = 50)
@NamedQuery(name = "KiteMarkAward.bySerial",
        query = "SELECT a FROM KiteMarkAward a JOIN FETCH a.practice WHERE a.serial = :serial")
@NamedQuery(name = "KiteMarkAward.ofPractice",
        query = "SELECT a FROM KiteMarkAward a WHERE a.practice.id = :practiceId ORDER BY a.awardedAt DESC, a.id DESC")
@NamedQuery(name = "KiteMarkAward.expiredInForce",
        query = "SELECT a.id FROM KiteMarkAward a WHERE a.validUntil < :today AND a.lapsedAt IS NULL AND a.revokedAt IS NULL"
                + " AND a.supersededAt IS NULL AND a.id > :after ORDER BY a.id")
@NamedQuery(name = "KiteMarkAward.inForceUntilBetween",
        query = "SELECT a.id FROM KiteMarkAward a WHERE a.validUntil >= :today AND a.validUntil <= :last AND a.lapsedAt IS NULL"
                + " AND a.revokedAt IS NULL AND a.supersededAt IS NULL AND a.id > :after ORDER BY a.id")
@NamedEntityGraph(name = KiteMarkAward.WITH_CONDITIONS, attributeNodes = @NamedAttributeNode("conditions"))
public class KiteMarkAward {

    /** The graph of an award with its conditions, as the practice's kite-mark page shows it. */
    public static final String WITH_CONDITIONS = "KiteMarkAward.withConditions";

    /** Default validity of an award, in months (configurable, see the README). */
    public static final int DEFAULT_VALIDITY_MONTHS = 24;
    /** Default length of the renewal window before expiry, in days (configurable). */
    public static final int DEFAULT_RENEWAL_WINDOW_DAYS = 90;
    static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_seq")
    private Long id;

    @Column(nullable = false, updatable = false) private String serial;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", updatable = false)
    private KiteMarkApplication application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", updatable = false)
    private AssessmentDecision decision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id", updatable = false)
    private SchemeVersion scheme;

    @Column(name = "scheme_version", nullable = false, updatable = false) private int schemeVersion;
    @Column(name = "level_slug", nullable = false, updatable = false) private String levelSlug;
    @Column(name = "level_rank", nullable = false, updatable = false) private int levelRank;
    @Column(name = "level_title", nullable = false, updatable = false) private String levelTitle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessor_id", updatable = false)
    private Person assessor;

    @Column(name = "assessor_name", nullable = false, updatable = false) private String assessorName;
    @Column(name = "valid_from", nullable = false, updatable = false) private LocalDate validFrom;
    @Column(name = "valid_until", nullable = false, updatable = false) private LocalDate validUntil;
    @Column(name = "awarded_at", nullable = false, updatable = false) private Instant awardedAt;
    @Column(name = "lapsed_at") private Instant lapsedAt;
    @Column(name = "revoked_at") private Instant revokedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revoked_by")
    private Person revokedBy;

    @Column(name = "revocation_reason") private String revocationReason;
    @Column(name = "superseded_at") private Instant supersededAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_id")
    private KiteMarkAward supersededBy;

    @Column(name = "reminders_sent", nullable = false) private String remindersSent = "";

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @OneToMany(mappedBy = "award", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<AwardCondition> conditions = new ArrayList<>();

    protected KiteMarkAward() {
        // for JPA
    }

    /**
     * A condition the assessor sets on an award made with conditions.
     *
     * @param description what the practice must do
     * @param deadline    the last day to do it
     */
    public record ConditionTerms(String description, LocalDate deadline) {
        public ConditionTerms {
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * The award that an awarding decision makes.
     *
     * @param validFrom      the first day the award is valid
     * @param validityMonths how long it is valid
     * @param conditions     the conditions of an award with conditions; none otherwise
     * @throws InvalidRequestException when an award with conditions has none, an award without
     *     conditions has some, or a condition is blank or its deadline is not within the award's validity
     */
    public static KiteMarkAward grant(AwardSerial serial, KiteMarkApplication application, AssessmentDecision decision,
                                      LocalDate validFrom, int validityMonths, List<ConditionTerms> conditions, Instant now) {
        Objects.requireNonNull(decision, "decision");
        if (!decision.outcome().awards()) {
            throw new IllegalArgumentException("not an awarding decision: " + decision.outcome());
        }
        if (validityMonths < 1) {
            throw new IllegalArgumentException("validity must be at least a month: " + validityMonths);
        }
        boolean withConditions = decision.outcome() == DecisionOutcome.AWARD_WITH_CONDITIONS;
        if (withConditions && conditions.isEmpty()) {
            throw new InvalidRequestException("An award with conditions needs at least one condition with a deadline.");
        }
        if (!withConditions && !conditions.isEmpty()) {
            throw new InvalidRequestException("Choose \u201cAward with conditions\u201d to set conditions.");
        }
        KiteMarkAward award = new KiteMarkAward();
        award.serial = Objects.requireNonNull(serial, "serial").value();
        award.application = Objects.requireNonNull(application, "application");
        award.practice = application.practice();
        award.decision = decision;
        award.scheme = application.scheme();
        award.schemeVersion = application.scheme().version();
        award.levelSlug = application.levelSlug();
        award.levelRank = application.levelRank();
        award.levelTitle = application.levelTitle();
        award.assessor = decision.decidedBy();
        award.assessorName = decision.decidedBy().displayName();
        award.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        award.validUntil = validFrom.plusMonths(validityMonths).minusDays(1);
        award.awardedAt = Objects.requireNonNull(now, "now");
        for (ConditionTerms terms : conditions) {
            if (terms.deadline().isBefore(validFrom) || terms.deadline().isAfter(award.validUntil)) {
                throw new InvalidRequestException("A condition's deadline must fall between " + validFrom + " and "
                        + award.validUntil + ", while the award is valid.");
            }
            award.conditions.add(new AwardCondition(award, award.conditions.size() + 1, terms.description(),
                    terms.deadline()));
        }
        return award;
    }

    /**
     * The award's standing on a day.
     *
     * @param renewalWindowDays how many days before expiry renewal becomes due
     */
    public AwardStatus status(LocalDate today, int renewalWindowDays) {
        if (revokedAt != null) {
            return AwardStatus.REVOKED;
        }
        if (supersededAt != null) {
            return AwardStatus.SUPERSEDED;
        }
        if (lapsedAt != null || today.isAfter(validUntil)) {
            return AwardStatus.LAPSED;
        }
        return today.isBefore(renewalWindowOpens(renewalWindowDays)) ? AwardStatus.CURRENT : AwardStatus.RENEWAL_DUE;
    }

    /** The first day of the renewal window. */
    public LocalDate renewalWindowOpens(int renewalWindowDays) {
        return validUntil.minusDays(renewalWindowDays);
    }

    /**
     * Records that the award lapsed, once its last valid day has passed; nothing happens to an
     * award that is revoked, superseded, already lapsed or still valid.
     *
     * @return true when this call recorded the lapse
     */
    public boolean lapseIfExpired(LocalDate today, Instant now) {
        if (lapsedAt != null || revokedAt != null || supersededAt != null || !today.isAfter(validUntil)) {
            return false;
        }
        lapsedAt = Objects.requireNonNull(now, "now");
        return true;
    }

    /**
     * @throws ConflictException       when the award is already revoked or no longer in force
     * @throws InvalidRequestException when the reason is blank or too long
     */
    public void revoke(String reason, Person by, LocalDate today, Instant now) {
        String stripped = RequiredText.require(reason, MAX_REASON,
                "Give the reason for revoking the kite mark; the practice and the public register show it.",
                "The reason is too long: at most " + MAX_REASON + " characters.");
        AwardStatus status = status(today, 0);
        if (!status.isValid()) {
            throw new ConflictException("This kite mark is " + status.label().toLowerCase(java.util.Locale.UK)
                    + " already; only a kite mark in force can be revoked.");
        }
        revokedAt = Objects.requireNonNull(now, "now");
        revokedBy = Objects.requireNonNull(by, "by");
        revocationReason = stripped;
    }

    /** Undoes a revocation when an appeal against it is upheld: the award stands as before. */
    public void reinstate() {
        if (revokedAt == null) {
            throw new ConflictException("This kite mark is not revoked.");
        }
        revokedAt = null;
        revokedBy = null;
        revocationReason = null;
    }

    /** Records that a renewal (a later award for the practice) replaces this one. */
    public void supersedeBy(KiteMarkAward later, Instant now) {
        Objects.requireNonNull(later, "later");
        if (later == this) {
            throw new IllegalArgumentException("an award cannot supersede itself");
        }
        if (supersededAt == null) {
            supersededAt = Objects.requireNonNull(now, "now");
            supersededBy = later;
        }
    }

    /** True once a reminder this many days before expiry has gone. */
    public boolean reminderSent(int daysBefore) {
        return remindersSent().contains(daysBefore);
    }

    /** Notes that the reminder this many days before expiry went, so it never goes twice. */
    public void recordReminder(int daysBefore) {
        if (!reminderSent(daysBefore)) {
            remindersSent = remindersSent.isEmpty() ? String.valueOf(daysBefore) : remindersSent + "," + daysBefore;
        }
    }

    private List<Integer> remindersSent() {
        return remindersSent.isEmpty() ? List.of()
                : Arrays.stream(remindersSent.split(",")).map(Integer::valueOf).collect(Collectors.toList());
    }

    public Long id() { return id; }
    public AwardSerial serial() { return AwardSerial.parse(serial).orElseThrow(); }
    public Practice practice() { return practice; }
    public KiteMarkApplication application() { return application; }
    public AssessmentDecision decision() { return decision; }
    public SchemeVersion scheme() { return scheme; }
    public int schemeVersion() { return schemeVersion; }
    public String levelSlug() { return levelSlug; }
    public int levelRank() { return levelRank; }
    public String levelTitle() { return levelTitle; }
    public Person assessor() { return assessor; }
    public String assessorName() { return assessorName; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validUntil() { return validUntil; }
    public Instant awardedAt() { return awardedAt; }
    public Optional<Instant> lapsedAt() { return Optional.ofNullable(lapsedAt); }
    public Optional<Instant> revokedAt() { return Optional.ofNullable(revokedAt); }
    public Optional<Person> revokedBy() { return Optional.ofNullable(revokedBy); }
    public Optional<String> revocationReason() { return Optional.ofNullable(revocationReason); }
    public Optional<Instant> supersededAt() { return Optional.ofNullable(supersededAt); }
    public Optional<KiteMarkAward> supersededBy() { return Optional.ofNullable(supersededBy); }
    public List<AwardCondition> conditions() { return Collections.unmodifiableList(conditions); }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof KiteMarkAward award && id != null && id.equals(award.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serial);
    }

    @Override
    public String toString() {
        return "KiteMarkAward[" + serial + " " + levelSlug + " until " + validUntil + "]";
    }
}
