package academy.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import academy.shared.Actor;

/**
 * One thing that happened: when, who (the person's id and the name they had then, or
 * "anonymous"/"system"), what, to which record, in which practice, from which address, and a
 * short note. Immutable: every column is insert-only and nothing in the code updates or deletes
 * entries.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.ofPracticeWithPrefix",
        query = "SELECT e FROM AuditEntry e WHERE e.practiceId = :practiceId AND e.action LIKE :prefix ORDER BY e.createdAt, e.id")
@NamedQuery(name = "AuditEntry.countOfPracticeWithPrefix",
        query = "SELECT COUNT(e) FROM AuditEntry e WHERE e.practiceId = :practiceId AND e.action LIKE :prefix")
public class AuditEntry {

    static final int MAX_DETAILS_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_key", nullable = false, updatable = false)
    private String subjectKey;

    @Column(name = "practice_id", updatable = false)
    private Long practiceId;

    @Column(name = "client_address", nullable = false, updatable = false)
    private String clientAddress;

    @Column(nullable = false, updatable = false)
    private String details;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant createdAt, Actor actor, AuditAction action, AuditSubject subject,
               Optional<Long> practiceId, String details) {
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.personId = actor.personId().orElse(null);
        this.actorName = truncate(actor.displayName(), 200);
        this.action = action.code();
        this.subjectType = subject.type();
        this.subjectKey = subject.key();
        this.practiceId = practiceId.orElse(null);
        this.clientAddress = actor.clientAddress();
        this.details = truncate(details == null ? "" : details.strip(), MAX_DETAILS_LENGTH);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long id() { return id; }
    public Instant createdAt() { return createdAt; }
    public Optional<Long> personId() { return Optional.ofNullable(personId); }
    public String actorName() { return actorName; }
    public AuditAction action() { return new AuditAction(action); }
    public AuditSubject subject() { return new AuditSubject(subjectType, subjectKey); }
    public Optional<Long> practiceId() { return Optional.ofNullable(practiceId); }
    public String clientAddress() { return clientAddress; }
    public String details() { return details; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AuditEntry entry && id != null && id.equals(entry.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(createdAt, action, subjectKey);
    }

    @Override
    public String toString() {
        return "AuditEntry[" + createdAt + " " + actorName + " " + action + " " + subjectType + ":" + subjectKey + "]";
    }
}
