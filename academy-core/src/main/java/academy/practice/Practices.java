package academy.practice;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import academy.account.EmailAddress;
import academy.account.InvalidLinkException;
import academy.account.Person;
import academy.account.TokenHash;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * The repository of practices, memberships and invitations. Joins the calling service's
 * transaction and does no authorisation: the services check with {@link PracticeAccess} first.
 */
@ApplicationScoped
@Transactional
public class Practices {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    private final SecureRandom random = new SecureRandom();

    /** What an administrator narrows the practice list by. */
    public record Filter(Optional<String> text, boolean includeArchived) {
        public static final Filter ACTIVE = new Filter(Optional.empty(), false);

        public Filter {
            text = text.map(String::strip).filter(t -> !t.isEmpty()).map(t -> t.length() > 100 ? t.substring(0, 100) : t);
        }
    }

    public Optional<Practice> findPractice(long id) {
        return Optional.ofNullable(em.find(Practice.class, id));
    }

    /** @throws NotFoundException when there is no practice with that id */
    public Practice getPractice(long id) {
        return findPractice(id).orElseThrow(() -> new NotFoundException(PracticeAccess.NO_SUCH_PRACTICE));
    }

    public Optional<Practice> findByOdsCode(OdsCode code) {
        return em.createNamedQuery("Practice.byOdsCode", Practice.class).setParameter("code", code.value())
                .getResultStream().findFirst();
    }

    public Optional<Practice> findByJoinCode(JoinCode code) {
        return em.createNamedQuery("Practice.byJoinCode", Practice.class).setParameter("code", code.value())
                .getResultStream().findFirst();
    }

    /** A join code no practice has. */
    public JoinCode unusedJoinCode() {
        while (true) {
            JoinCode candidate = JoinCode.generate(random);
            if (findByJoinCode(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    /** Practices by name; the text matches the name or the ODS code. */
    public Page<Practice> find(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!filter.includeArchived()) {
            where.append(" AND p.status = academy.practice.PracticeStatus.ACTIVE");
        }
        filter.text().ifPresent(t -> where.append(" AND (p.nameLower LIKE :text ESCAPE '\\' OR p.odsCode = :code)"));
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Practice p" + where, Long.class);
        TypedQuery<Practice> rows = em.createQuery("SELECT p FROM Practice p" + where + " ORDER BY p.nameLower, p.id", Practice.class);
        filter.text().ifPresent(t -> {
            String pattern = "%" + t.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            String code = t.toUpperCase(Locale.ROOT);
            for (TypedQuery<?> query : List.of(count, rows)) {
                query.setParameter("text", pattern).setParameter("code", code);
            }
        });
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList(),
                page.pageNumber(), page.pageSize(), count.getSingleResult());
    }

    public Optional<Membership> findMembership(long id) {
        return Optional.ofNullable(em.find(Membership.class, id));
    }

    /** The practice's memberships in the given states, with their people. */
    public List<Membership> membershipsOf(Practice practice, Set<MembershipStatus> statuses) {
        return em.createNamedQuery("Membership.ofPractice", Membership.class)
                .setParameter("practice", practice).setParameter("statuses", EnumSet.copyOf(statuses)).getResultList();
    }

    /** One page of the practice's active members, filtered and ordered in the database. */
    public Page<Membership> activeMembers(Practice practice, MemberQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE m.practice = :practice AND m.status = academy.practice.MembershipStatus.ACTIVE");
        query.nameText().ifPresent(t -> where.append(" AND (LOWER(m.person.displayName) LIKE :text ESCAPE '\\'"
                + " OR m.person.emailLower LIKE :text ESCAPE '\\')"));
        query.jobRole().ifPresent(r -> where.append(" AND m.jobRole = :role"));
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM Membership m" + where, Long.class);
        TypedQuery<Membership> rows = em.createQuery("SELECT m FROM Membership m JOIN FETCH m.person" + where
                + " ORDER BY " + query.sort().path() + (query.ascending() ? " ASC" : " DESC") + ", m.id", Membership.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            q.setParameter("practice", practice);
            query.nameText().ifPresent(t -> q.setParameter("text",
                    "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"));
            query.jobRole().ifPresent(r -> q.setParameter("role", r));
        }
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList(),
                page.pageNumber(), page.pageSize(), count.getSingleResult());
    }

    /** Every membership the person ever held, newest first, with their practices. */
    public List<Membership> membershipsOfPerson(long personId) {
        return em.createNamedQuery("Membership.ofPerson", Membership.class).setParameter("personId", personId)
                .getResultList();
    }

    /** How many active practice managers the practice has. */
    public long activeManagerCount(Practice practice) {
        return em.createNamedQuery("Membership.activeManagerCount", Long.class).setParameter("practice", practice)
                .getSingleResult();
    }

    /** The person's pending or active membership of the practice, if any. */
    public Optional<Membership> openMembership(Person person, Practice practice) {
        if (person.id() == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Membership.openOf", Membership.class)
                .setParameter("person", person).setParameter("practice", practice).getResultStream().findFirst();
    }

    /** The person's active memberships (without their practices). */
    public List<Membership> activeMembershipsOf(long personId) {
        return em.createNamedQuery("Membership.activeOfPerson", Membership.class).setParameter("personId", personId)
                .getResultList();
    }

    /**
     * Locks the practice row for the rest of the transaction: membership changes of one practice
     * happen one at a time, so "at most one open membership per person and practice" holds
     * across instances.
     */
    public Practice lock(Practice practice) {
        em.lock(practice, LockModeType.PESSIMISTIC_WRITE);
        return practice;
    }

    /**
     * Reads the membership again from the database, dropping anything this transaction had read
     * before: called after {@link #lock} so that the checks see what another request committed
     * while this one waited for the lock.
     */
    public Membership reread(Membership membership) {
        em.refresh(membership);
        return membership;
    }

    public Membership add(Membership membership) {
        em.persist(membership);
        return membership;
    }

    public Practice add(Practice practice) {
        em.persist(practice);
        return practice;
    }

    public Invitation add(Invitation invitation) {
        em.persist(invitation);
        return invitation;
    }

    public Optional<Invitation> findInvitation(long id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    /** The practice's invitations, newest first. */
    public List<Invitation> invitationsOf(Practice practice) {
        return em.createNamedQuery("Invitation.ofPractice", Invitation.class).setParameter("practice", practice)
                .setMaxResults(200).getResultList();
    }

    /** Invitations to this address from this practice that could still be accepted. */
    public List<Invitation> usableInvitations(Practice practice, EmailAddress email, java.time.Instant now) {
        return em.createNamedQuery("Invitation.usableTo", Invitation.class).setParameter("practice", practice)
                .setParameter("email", email.normalised()).setParameter("now", now).getResultList();
    }

    /**
     * The invitation behind a presented link, locked against a racing second click.
     *
     * @throws InvalidLinkException when no invitation has that link
     */
    public Invitation invitationByToken(String presentedToken, boolean lock) {
        if (presentedToken == null || presentedToken.isBlank() || presentedToken.length() > 100) {
            throw InvalidLinkException.unknown();
        }
        return em.createNamedQuery("Invitation.byHash", Invitation.class)
                .setParameter("hash", TokenHash.ofPresented(presentedToken.strip()).hex())
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst()
                .orElseThrow(InvalidLinkException::unknown);
    }
}
