package academy.practice;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import academy.shared.ConflictException;

/**
 * A GP practice taking part in the academy, known by its ODS code. It is archived rather than
 * deleted when it leaves, because memberships, completions and awards refer to it.
 */
@Entity
@Table(name = "practice")
@NamedQuery(name = "Practice.byOdsCode", query = "SELECT p FROM Practice p WHERE p.odsCode = :code")
@NamedQuery(name = "Practice.byJoinCode", query = "SELECT p FROM Practice p WHERE p.joinCode = :code")
public class Practice {

    @Id
    @SequenceGenerator(name = "practice_seq", sequenceName = "practice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_seq")
    private Long id;

    @Column(name = "ods_code", nullable = false, unique = true, updatable = false)
    private String odsCode;

    @Column(nullable = false)
    private String name;

    // Lower-cased copy for a portable case-insensitive search.
    @Column(name = "name_lower", nullable = false)
    private String nameLower;

    @Column(nullable = false)
    private String pcn;

    @Column(nullable = false)
    private String address;

    @Column(nullable = false)
    private String locality;

    // Lower-cased copy for the register's portable, indexed search.
    @Column(name = "locality_lower", nullable = false)
    private String localityLower;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PracticeStatus status;

    @Column(name = "join_code", nullable = false, unique = true)
    private String joinCode;

    @Column(name = "join_code_changed_at", nullable = false)
    private Instant joinCodeChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Practice() {
        // for JPA
    }

    public Practice(OdsCode odsCode, PracticeDetails details, JoinCode joinCode, Instant now) {
        this.odsCode = Objects.requireNonNull(odsCode, "odsCode").value();
        describe(details);
        this.status = PracticeStatus.ACTIVE;
        this.joinCode = Objects.requireNonNull(joinCode, "joinCode").value();
        this.joinCodeChangedAt = Objects.requireNonNull(now, "now");
        this.createdAt = now;
    }

    /** Replaces the name, network, address and locality. */
    public void describe(PracticeDetails details) {
        this.name = details.name();
        this.nameLower = details.name().toLowerCase(Locale.ROOT);
        this.pcn = details.pcn();
        this.address = details.address();
        this.locality = details.locality();
        this.localityLower = details.locality().toLowerCase(Locale.ROOT);
    }

    /** Gives the practice a new join code; the old one stops working at once. */
    public void rotateJoinCode(JoinCode newCode, Instant now) {
        if (newCode.value().equals(joinCode)) {
            throw new IllegalArgumentException("a new join code must differ from the old one");
        }
        this.joinCode = newCode.value();
        this.joinCodeChangedAt = now;
    }

    /** The practice leaves the academy: it takes no new members; its history stays. */
    public void archive() {
        status = PracticeStatus.ARCHIVED;
    }

    public void reinstate() {
        status = PracticeStatus.ACTIVE;
    }

    /**
     * @throws ConflictException when the practice is archived
     */
    public void requireActive() {
        if (status != PracticeStatus.ACTIVE) {
            throw new ConflictException(name + " has been archived and takes no new members.");
        }
    }

    public boolean isActive() {
        return status == PracticeStatus.ACTIVE;
    }

    public Long id() { return id; }
    public OdsCode odsCode() { return OdsCode.of(odsCode); }
    public String name() { return name; }
    public String pcn() { return pcn; }
    public String address() { return address; }
    public String locality() { return locality; }
    public PracticeStatus status() { return status; }
    public JoinCode joinCode() { return JoinCode.parse(joinCode).orElseThrow(); }
    public Instant joinCodeChangedAt() { return joinCodeChangedAt; }
    public Instant createdAt() { return createdAt; }
    public PracticeDetails details() { return new PracticeDetails(name, pcn, address, locality); }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Practice practice && id != null && id.equals(practice.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(odsCode);
    }

    @Override
    public String toString() {
        return "Practice[" + odsCode + " " + name + "]";
    }
}
