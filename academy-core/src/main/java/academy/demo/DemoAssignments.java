package academy.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.account.EmailAddress;
import academy.account.People;
import academy.account.Person;
import academy.learning.assignment.AssignmentRequest;
import academy.learning.assignment.AssignmentRules;
import academy.learning.assignment.AssignmentTarget;
import academy.learning.assignment.Assignments;
import academy.learning.assignment.DueRule;
import academy.learning.assignment.Refreshers;
import academy.practice.JobRole;
import academy.practice.OdsCode;
import academy.practice.Practice;
import academy.practice.Practices;
import academy.shared.Actor;
import academy.shared.SystemRole;
import academy.shared.time.AcademyCalendar;

/**
 * Demo assignments, run after the learning history: at Riverside the manager has assigned a module
 * to every receptionist, due within a week (due soon), one to the GPs within 30 days, mandatory
 * (assigned), and one to the demo receptionist that is 10 days overdue; the administrator has set
 * data security for all staff within 30 days of joining, region-wide; then the refresher pass
 * assigns the refreshers of completions about to expire. Idempotent: skipped once Riverside has an
 * assignment.
 */
@ApplicationScoped
public class DemoAssignments {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Practices practices;

    @Inject
    People people;

    @Inject
    Assignments assignments;

    @Inject
    Refreshers refreshers;

    @Inject
    Clock clock;

    /** Seeds what is missing; returns a one-line summary. */
    @Transactional
    public String seed() {
        Optional<Practice> riverside = practices.findByOdsCode(OdsCode.of(DemoRegion.RIVERSIDE));
        Optional<Person> manager = people.findByEmail(EmailAddress.of("manager.riverside@academy.example"));
        Optional<Person> receptionist = people.findByEmail(EmailAddress.of("reception.riverside@academy.example"));
        Optional<Person> admin = people.findByEmail(EmailAddress.of("admin@academy.example"));
        if (riverside.isEmpty() || manager.isEmpty() || receptionist.isEmpty() || admin.isEmpty()) {
            return "no demo region";
        }
        long practiceId = riverside.get().id();
        long existing = em.createQuery("SELECT COUNT(a) FROM Assignment a WHERE a.practice.id = :id", Long.class)
                .setParameter("id", practiceId).getSingleResult();
        if (existing > 0) {
            return "already seeded";
        }
        Actor helen = Actor.person(manager.get().id(), manager.get().displayName(), Set.of(), Set.of(practiceId), Actor.NO_ADDRESS);
        Actor alex = Actor.person(admin.get().id(), admin.get().displayName(), Set.of(SystemRole.ADMINISTRATOR), Set.of(),
                Actor.NO_ADDRESS);
        LocalDate today = AcademyCalendar.dayOf(clock.instant());
        assignments.assign(helen, practiceId, request(AssignmentTarget.ROLE, Optional.empty(), Optional.of(JobRole.RECEPTIONIST),
                "moderating-online-groups", DueRule.on(today.plusDays(7)), false));
        assignments.assign(helen, practiceId, request(AssignmentTarget.ROLE, Optional.empty(), Optional.of(JobRole.GP),
                "video-consultations", DueRule.withinDaysOfAssignment(30), true));
        long overdue = assignments.assign(helen, practiceId, request(AssignmentTarget.PERSON,
                Optional.of(receptionist.get().id()), Optional.empty(), "digital-infrastructure", DueRule.on(today), true)).id();
        // The service refuses a due date in the past; the demo tells a story that began 40 days ago.
        LocalDate wasDue = today.minusDays(10);
        em.createQuery("UPDATE AssignedTraining i SET i.dueOn = :day, i.dueBy = :by WHERE i.assignment.id = :id")
                .setParameter("day", wasDue).setParameter("by", AssignmentRules.dueBy(wasDue)).setParameter("id", overdue)
                .executeUpdate();
        assignments.assignRegionWide(alex, request(AssignmentTarget.EVERYONE, Optional.empty(), Optional.empty(),
                "data-security-and-protection", DueRule.withinDaysOfJoining(30), true));
        return "4 assignments";
    }

    /** Runs the refresher pass (each refresher in a transaction of its own). */
    public int seedRefreshers() {
        return refreshers.run(clock.instant()).assigned();
    }

    private static AssignmentRequest request(AssignmentTarget target, Optional<Long> personId, Optional<JobRole> role,
                                             String module, DueRule due, boolean mandatory) {
        return new AssignmentRequest(target, personId, role, Optional.of(module), Optional.empty(), due, mandatory);
    }
}
