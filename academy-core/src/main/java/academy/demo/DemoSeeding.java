package academy.demo;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.shared.AcademyStarted;

/**
 * In demo mode ({@code ACADEMY_DEMO=true}, set by {@code mvn -Prun}) seeds the demo data once the
 * academy has started, in this order, each step in its own transaction and each building on the
 * ones before: the region (practices and accounts), the learning history (with training done
 * elsewhere), assignments, the kite-mark evidence, then the kite marks and applications. Every step is idempotent, so a restart or a second
 * instance adds only what is missing. Outside demo mode it does nothing and prints nothing: no
 * shared password is ever logged on a real installation (the web layer's start-up banner prints
 * the demo sign-ins, in demo mode only).
 */
@ApplicationScoped
public class DemoSeeding {

    private static final Logger LOG = Logger.getLogger(DemoSeeding.class.getName());

    @Inject
    @ConfigProperty(name = "academy.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DemoRegion region;

    @Inject
    DemoLearningHistory learningHistory;

    @Inject
    DemoTrainingElsewhere trainingElsewhere;

    @Inject
    DemoEvidence evidence;

    @Inject
    DemoAwards awards;

    @Inject
    DemoAssignments assignments;

    void seed(@Observes AcademyStarted started) {
        if (!demo) {
            return;
        }
        seedRegion();
        seedLearningHistory();
        seedAssignments();
        seedKiteMarks();
    }

    private void seedAssignments() {
        try {
            LOG.info("Demo assignments: " + assignments.seed() + "; refreshers: " + assignments.seedRefreshers());
        } catch (RuntimeException e) {
            // Another instance may be seeding at the same moment; the demo works without this part.
            LOG.log(Level.WARNING, "The demo assignments could not be seeded", e);
        }
    }

    private void seedRegion() {
        try {
            region.seed();
        } catch (RuntimeException first) {
            // Another instance starting at the same moment may have seeded first; the second run finds its rows.
            LOG.log(Level.INFO, "Demo seeding collided, trying once more", first);
            try {
                region.seed();
            } catch (RuntimeException second) {
                LOG.log(Level.WARNING, "The demo region could not be seeded", second);
            }
        }
    }

    private void seedLearningHistory() {
        try {
            LOG.info("Demo learning history: " + learningHistory.seed());
            LOG.info("Demo training done elsewhere: " + trainingElsewhere.seed() + " records");
        } catch (RuntimeException e) {
            // Another instance may be seeding at the same moment; the demo works without this part.
            LOG.log(Level.WARNING, "The demo learning history could not be seeded", e);
        }
    }

    private void seedKiteMarks() {
        try {
            LOG.info("Demo kite-mark evidence: " + evidence.seed() + " statements");
            LOG.info("Demo kite marks and applications: " + awards.seed() + " practices");
        } catch (RuntimeException e) {
            // Another instance may be seeding at the same moment; the demo works without this part.
            LOG.log(Level.WARNING, "The demo kite-mark evidence could not be seeded", e);
        }
    }
}
