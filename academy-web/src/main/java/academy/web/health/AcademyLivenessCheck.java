package academy.web.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive means the application is deployed and answering; a broken database or content makes the
 * instance unready, not dead, because restarting it would not mend either.
 */
@Liveness
@ApplicationScoped
public class AcademyLivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("academy");
    }
}
