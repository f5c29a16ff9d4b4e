package academy.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import academy.catalogue.ModuleVersion;
import academy.learning.ExternalTraining;
import academy.learning.TrainingElsewhere;
import academy.practice.OdsCode;
import academy.practice.Practice;
import academy.practice.Practices;
import academy.shared.Actor;
import academy.shared.time.AcademyCalendar;

/**
 * Demo training done elsewhere, run after {@link DemoLearningHistory} in demo mode only: at
 * Riverside, one record waiting for the manager (Grace Adeyemi's), one approved as a completion of a
 * module (Sam Patel's) and one turned down with a reason (Jordan Reid's, so the demo learner's page
 * shows a decision and its reason without changing his completions). Made through the service
 * as the learners and the manager, so they are audited like any other. Idempotent: skipped when
 * Riverside already has such records.
 */
@ApplicationScoped
@Transactional
public class DemoTrainingElsewhere {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Practices practices;

    @Inject
    People people;

    @Inject
    TrainingElsewhere trainingElsewhere;

    @Inject
    Clock clock;

    /** Seeds the three records unless Riverside has some; returns how many it made. */
    public int seed() {
        Optional<Practice> riverside = practices.findByOdsCode(OdsCode.of(DemoRegion.RIVERSIDE));
        if (riverside.isEmpty() || em.createQuery("SELECT COUNT(t) FROM ExternalTraining t WHERE t.practice = :practice",
                Long.class).setParameter("practice", riverside.get()).getSingleResult() > 0) {
            return 0;
        }
        Optional<Actor> manager = actor("manager.riverside@academy.example", Set.of(riverside.get().id()));
        Optional<Actor> nurse = actor("nurse.riverside@academy.example", Set.of());
        Optional<Actor> gp = actor("gp.riverside@academy.example", Set.of());
        Optional<Actor> receptionist = actor("reception.riverside@academy.example", Set.of());
        if (manager.isEmpty() || nurse.isEmpty() || gp.isEmpty() || receptionist.isEmpty()) {
            return 0;
        }
        LocalDate today = AcademyCalendar.dayOf(clock.instant());
        trainingElsewhere.record(nurse.get(), "e-Learning for Healthcare", "Data Security Awareness Level 1",
                today.minusDays(20), module(nurse.get(), 0), Optional.empty());
        ExternalTraining approved = trainingElsewhere.record(gp.get(), "North Vale Training Hub",
                "Helping patients with online services", today.minusDays(95), module(gp.get(), 1), Optional.empty());
        trainingElsewhere.approve(manager.get(), approved.id(), "Certificate seen at the team meeting.");
        ExternalTraining rejected = trainingElsewhere.record(receptionist.get(), "A video-consulting vendor", "Product webinar",
                today.minusDays(60), module(receptionist.get(), 2), Optional.empty());
        trainingElsewhere.reject(manager.get(), rejected.id(), "A product webinar does not cover consent and governance;"
                + " please take the academy's module instead.");
        return 3;
    }

    private Optional<Actor> actor(String email, Set<Long> managed) {
        return people.findByEmail(EmailAddress.of(email)).map((Person p) -> Actor.person(p.id(), p.displayName(), Set.of(),
                managed, Actor.NO_ADDRESS));
    }

    /** One of the modules the learner may take, picked by position so that the three records differ. */
    private Optional<String> module(Actor learner, int index) {
        List<ModuleVersion> modules = trainingElsewhere.modulesFor(learner);
        return modules.isEmpty() ? Optional.empty() : Optional.of(modules.get(index % modules.size()).slug());
    }
}
