package academy.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

import academy.shared.persistence.StringListConverter;

/**
 * A face-to-face session in which the practice helped patients get online, as aggregate numbers.
 * Recorded once and never changed (a wrong record is a matter for the audit trail, not an edit).
 */
@Entity
@Table(name = "practice_upskilling_session")
@NamedQuery(name = "UpskillingSession.ofPractice",
        query = "SELECT s FROM UpskillingSession s WHERE s.practice.id = :practiceId ORDER BY s.heldOn DESC, s.id DESC")
@NamedQuery(name = "UpskillingSession.countOfPractice",
        query = "SELECT COUNT(s) FROM UpskillingSession s WHERE s.practice.id = :practiceId")
@NamedQuery(name = "UpskillingSession.countSince",
        query = "SELECT COUNT(s) FROM UpskillingSession s WHERE s.practice.id = :practiceId AND s.heldOn > :after")
@NamedQuery(name = "UpskillingSession.countSinceFor",
        query = "SELECT COUNT(s) FROM UpskillingSession s WHERE s.practice.id = :practiceId AND s.heldOn > :after"
                + " AND s.conditionFocus = :condition")
public class UpskillingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SessionTopic topic;

    @Column(name = "topic_text", updatable = false)
    private String topicText;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_focus", updatable = false)
    private ConditionFocus conditionFocus;

    @Column(nullable = false, updatable = false)
    private int attendees;

    @Column(name = "online_sign_ups", nullable = false, updatable = false)
    private int onlineSignUps;

    @Convert(converter = StringListConverter.class)
    @Column(name = "run_by", nullable = false, updatable = false)
    private List<String> runBy;

    @Column(name = "recorded_by", updatable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected UpskillingSession() {
        // for JPA
    }

    /**
     * @throws academy.shared.InvalidRequestException when the details are not valid on {@code today}
     */
    public UpskillingSession(Practice practice, SessionDetails details, LocalDate today, Optional<Long> recordedBy,
                             Instant now) {
        this.practice = Objects.requireNonNull(practice, "practice");
        details.requireValid(today);
        this.heldOn = details.heldOn();
        this.topic = details.topic();
        this.topicText = details.topicText().orElse(null);
        this.conditionFocus = details.conditionFocus().orElse(null);
        this.attendees = details.attendees();
        this.onlineSignUps = details.onlineSignUps();
        this.runBy = details.runBy().stream().sorted().map(Enum::name).toList();
        this.recordedBy = recordedBy.orElse(null);
        this.recordedAt = Objects.requireNonNull(now, "now");
    }

    /** The day after which sessions count as "in the last 12 months" on {@code today}. */
    public static LocalDate twelveMonthsBefore(LocalDate today) {
        return today.minusMonths(12);
    }

    public Long id() { return id; }
    public Practice practice() { return practice; }
    public LocalDate heldOn() { return heldOn; }
    public SessionTopic topic() { return topic; }
    public Optional<String> topicText() { return Optional.ofNullable(topicText); }
    public Optional<ConditionFocus> conditionFocus() { return Optional.ofNullable(conditionFocus); }
    public int attendees() { return attendees; }
    public int onlineSignUps() { return onlineSignUps; }
    public Optional<Long> recordedBy() { return Optional.ofNullable(recordedBy); }
    public Instant recordedAt() { return recordedAt; }

    public Set<SessionRunner> runBy() {
        EnumSet<SessionRunner> runners = EnumSet.noneOf(SessionRunner.class);
        runBy.forEach(r -> runners.add(SessionRunner.valueOf(r)));
        return Set.copyOf(runners);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UpskillingSession session && id != null && id.equals(session.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(heldOn, topic, attendees);
    }

    @Override
    public String toString() {
        return "UpskillingSession[" + id + " " + heldOn + " " + topic + "]";
    }
}
