package academy.accreditation.assessment;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.account.People;
import academy.account.Person;
import academy.account.PersonStatus;
import academy.practice.MembershipStatus;
import academy.practice.Practice;
import academy.practice.PracticeAccess;
import academy.practice.Practices;
import academy.shared.SystemRole;

/**
 * The repository of assessors as assessment sees them: who is an active assessor, and the conflicts
 * of interest they declared. Joins the calling service's transaction and does no authorisation.
 */
@ApplicationScoped
@Transactional
public class Assessors {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Practices practices;

    @Inject
    PracticeAccess access;

    public Optional<Person> findPerson(long personId) {
        return people.findPerson(personId);
    }

    /** The person, when they hold the assessor's role and their account is active. */
    public Optional<Person> findActiveAssessor(long personId) {
        return people.findPerson(personId).filter(p -> p.holds(SystemRole.ASSESSOR) && p.status() == PersonStatus.ACTIVE);
    }

    /**
     * Active assessors with no declared conflict and no membership within the conflict window at the
     * practice, by name, at most {@code max}.
     */
    public List<Person> freeToAssess(Practice practice, int max) {
        List<Person> assessors = em.createNamedQuery("DeclaredConflict.activeAssessorsWithout", Person.class)
                .setParameter("role", SystemRole.ASSESSOR).setParameter("active", PersonStatus.ACTIVE)
                .setParameter("practice", practice).setMaxResults(max).getResultList();
        if (assessors.isEmpty()) {
            return assessors;
        }
        // One query for the practice's memberships, whatever their state: those that tie any of them to it.
        Set<Long> tied = practices.membershipsOf(practice, EnumSet.allOf(MembershipStatus.class)).stream()
                .filter(m -> m.heldSince(access.conflictWindowStart())).map(m -> m.person().id()).collect(Collectors.toSet());
        return assessors.stream().filter(p -> !tied.contains(p.id())).toList();
    }

    public boolean declared(long assessorId, long practiceId) {
        return em.createNamedQuery("DeclaredConflict.exists", Long.class).setParameter("assessorId", assessorId)
                .setParameter("practiceId", practiceId).getSingleResult() > 0;
    }

    /** The conflicts the assessor declared, newest first, at most {@code max}. */
    public List<DeclaredConflict> declaredBy(long assessorId, int max) {
        return em.createNamedQuery("DeclaredConflict.ofAssessor", DeclaredConflict.class)
                .setParameter("assessorId", assessorId).setMaxResults(max).getResultList();
    }

    public DeclaredConflict add(DeclaredConflict conflict) {
        em.persist(conflict);
        return conflict;
    }
}
