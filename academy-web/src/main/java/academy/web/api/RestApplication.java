package academy.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API under {@code /api/v1}.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Academy API", version = "1",
        description = "Catalogue, learning and accreditation of the digital health academy. "
                + "Errors are application/problem+json."))
public class RestApplication extends Application {
}
