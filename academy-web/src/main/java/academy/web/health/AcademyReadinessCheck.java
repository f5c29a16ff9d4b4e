package academy.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import academy.startup.DatabaseProbe;

/** UP only when the database answers now, migrations ran and the content tree is loaded. */
@Readiness
@ApplicationScoped
public class AcademyReadinessCheck implements HealthCheck {

    @Inject
    academy.startup.Readiness readiness;

    @Inject
    DatabaseProbe database;

    @Override
    public HealthCheckResponse call() {
        academy.startup.Readiness.State state = readiness.state();
        boolean databaseAnswers = database.answers();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("academy")
                .withData("database", databaseAnswers ? "reachable" : "unreachable")
                .withData("migrations", state.migrated() ? "applied" : "pending")
                .withData("content", state.contentLoaded() ? "loaded" : "not loaded")
                .status(databaseAnswers && state.isReady());
        for (int i = 0; i < Math.min(20, state.problems().size()); i++) {
            response.withData("problem." + (i + 1), state.problems().get(i));
        }
        return response.build();
    }
}
