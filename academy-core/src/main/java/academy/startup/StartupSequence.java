package academy.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import academy.accreditation.scheme.SchemeLoading;
import academy.accreditation.scheme.SchemeSource;
import academy.catalogue.ContentLoading;
import academy.catalogue.content.ContentInvalidException;
import academy.catalogue.content.ContentTree;
import academy.shared.AcademyStarted;

/**
 * What happens once when the application starts: migrate the schema, load the content and the
 * kite-mark scheme, then announce that the academy is ready ({@link AcademyStarted}; the demo
 * seeding and the schedules start on it). A failure leaves the instance running but not ready,
 * with the reasons on {@code /health/ready} and in the log, rather than failing deployment and
 * hiding the reasons.
 *
 * <p>The web module calls {@link #run()} when its servlet context starts. It is not an observer of
 * {@code @Initialized(ApplicationScoped.class)}: Payara fires that while it is still loading the
 * application, before any component environment exists, so every {@code @Resource} and
 * {@code @PersistenceContext} used on the way (data source, entity manager) fails to resolve.
 */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    DatabaseMigration migration;

    @Inject
    ContentLoading contentLoading;

    @Inject
    SchemeLoading schemeLoading;

    @Inject
    Readiness readiness;

    @Inject
    Event<AcademyStarted> started;

    private final AtomicBoolean ran = new AtomicBoolean();

    /** Migrates, loads content and records the outcome in {@link Readiness}; only the first call does anything. */
    public void run() {
        if (!ran.compareAndSet(false, true)) {
            return;
        }
        boolean migrated = false;
        boolean loaded = false;
        List<String> problems = new ArrayList<>();
        try {
            migration.migrate();
            migrated = true;
            // Content and scheme are both validated before either is applied: one error, nothing loaded.
            ContentTree tree = contentLoading.read();
            List<SchemeSource> schemes = schemeLoading.read(tree);
            contentLoading.apply(tree);
            schemeLoading.apply(schemes);
            loaded = true;
            started.fire(new AcademyStarted());
        } catch (ContentInvalidException invalid) {
            invalid.problems().forEach(p -> problems.add(p.toString()));
            LOG.severe(() -> "The content tree at " + contentLoading.contentRoot() + " has "
                    + invalid.problems().size() + " problem(s); nothing of it was loaded:\n" + invalid.getMessage());
        } catch (RuntimeException failure) {
            problems.add((migrated ? "Content could not be loaded: " : "The database could not be migrated: ")
                    + rootMessage(failure));
            LOG.log(Level.SEVERE, "Start-up failed", failure);
        }
        readiness.update(new Readiness.State(migrated, loaded, problems));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
