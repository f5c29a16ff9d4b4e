package academy.learning;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.shared.startup.StartupSequence.AcademyStarted;

/**
 * In demo mode seeds the demo learning history once the academy has started, after the demo
 * region (whose observer has the default priority) has seeded practices and accounts.
 */
@ApplicationScoped
public class LearningDemoStart {

    private static final Logger LOG = Logger.getLogger(LearningDemoStart.class.getName());

    @Inject
    @ConfigProperty(name = "academy.demo", defaultValue = "false")
    boolean demo;

    @Inject
    LearningDemo learningDemo;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) AcademyStarted started) {
        if (!demo) {
            return;
        }
        try {
            LOG.info("Demo learning history: " + learningDemo.seed());
        } catch (RuntimeException e) {
            // Another instance may be seeding at the same moment; the demo works without this part.
            LOG.log(Level.WARNING, "The demo learning history could not be seeded", e);
        }
    }
}
