package academy.practice;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.shared.startup.StartupSequence.AcademyStarted;

/**
 * In demo mode ({@code ACADEMY_DEMO=true}, set by {@code mvn -Prun}) seeds the demo region once
 * the academy has started, and prints the demo accounts. Outside demo mode it does nothing and
 * prints nothing: no shared password is ever logged on a real installation.
 */
@ApplicationScoped
public class DemoStart {

    private static final Logger LOG = Logger.getLogger(DemoStart.class.getName());

    @Inject
    @ConfigProperty(name = "academy.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DemoRegion region;

    void seed(@Observes AcademyStarted started) {
        if (!demo) {
            return;
        }
        try {
            region.seed();
        } catch (RuntimeException first) {
            // Another instance starting at the same moment may have seeded first; the second run finds its rows.
            LOG.log(Level.INFO, "Demo seeding collided, trying once more", first);
            try {
                region.seed();
            } catch (RuntimeException second) {
                LOG.log(Level.WARNING, "The demo region could not be seeded", second);
                return;
            }
        }
        // The web layer's start-up banner prints the demo sign-ins once, with the address to open.
    }
}
