package academy.accreditation.assessment;

import java.time.Instant;
import java.util.Objects;

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

import academy.account.Person;
import academy.practice.Practice;
import academy.shared.InvalidRequestException;
import academy.shared.RequiredText;

/**
 * A practice an assessor declared they must not assess (a relative works there, they advise it...),
 * beside the conflicts the academy knows from memberships. Kept for the record; never edited.
 */
@Entity
@Table(name = "assessor_conflict")
@NamedQuery(name = "DeclaredConflict.ofAssessor",
        query = "SELECT c FROM DeclaredConflict c JOIN FETCH c.practice WHERE c.assessor.id = :assessorId"
                + " ORDER BY c.declaredAt DESC")
@NamedQuery(name = "DeclaredConflict.exists",
        query = "SELECT COUNT(c) FROM DeclaredConflict c WHERE c.assessor.id = :assessorId AND c.practice.id = :practiceId")
@NamedQuery(name = "DeclaredConflict.activeAssessorsWithout",
        query = "SELECT DISTINCT p FROM Person p JOIN p.systemRoles r WHERE r = :role AND p.status = :active"
                + " AND NOT EXISTS (SELECT c FROM DeclaredConflict c WHERE c.assessor = p AND c.practice = :practice)"
                + " ORDER BY p.displayName")
public class DeclaredConflict {

    static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessor_id", updatable = false)
    private Person assessor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    @Column(nullable = false, updatable = false) private String reason;
    @Column(name = "declared_at", nullable = false, updatable = false) private Instant declaredAt;

    protected DeclaredConflict() {
        // for JPA
    }

    /** @throws InvalidRequestException when the reason is blank or too long */
    public DeclaredConflict(Person assessor, Practice practice, String reason, Instant now) {
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.reason = RequiredText.require(reason, MAX_REASON, "Say why you cannot assess this practice; administrators read it.");
        this.declaredAt = Objects.requireNonNull(now, "now");
    }

    public Long id() { return id; }
    public Person assessor() { return assessor; }
    public Practice practice() { return practice; }
    public String reason() { return reason; }
    public Instant declaredAt() { return declaredAt; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DeclaredConflict conflict && id != null && id.equals(conflict.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(declaredAt);
    }
}
