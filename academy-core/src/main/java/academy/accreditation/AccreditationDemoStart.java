package academy.accreditation;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.shared.startup.StartupSequence.AcademyStarted;

/** In demo mode seeds the demo kite-mark evidence, awards and applications once the academy has started, after the learning history. */
@ApplicationScoped
public class AccreditationDemoStart {

    private static final Logger LOG = Logger.getLogger(AccreditationDemoStart.class.getName());

    @Inject
    @ConfigProperty(name = "academy.demo", defaultValue = "false")
    boolean demo;

    @Inject
    AccreditationDemo accreditationDemo;

    @Inject
    AwardsDemo awardsDemo;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) AcademyStarted started) {
        if (!demo) {
            return;
        }
        try {
            LOG.info("Demo kite-mark evidence: " + accreditationDemo.seed() + " statements");
            LOG.info("Demo kite marks and applications: " + awardsDemo.seed() + " practices");
        } catch (RuntimeException e) {
            // Another instance may be seeding at the same moment; the demo works without this part.
            LOG.log(Level.WARNING, "The demo kite-mark evidence could not be seeded", e);
        }
    }
}
