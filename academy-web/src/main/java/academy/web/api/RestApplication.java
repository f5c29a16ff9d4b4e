package academy.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API under {@code /api/v1}. Its description is served at {@code /openapi}; the tags
 * are defined here once and referred to by the resources, so each appears once in it.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Academy API", version = "1",
                description = "Catalogue, learning and accreditation of the digital health academy. "
                        + "Errors are application/problem+json (RFC 9457)."),
        tags = {
                @Tag(name = RestApplication.CATALOGUE, description = "Training modules, showcases, guides and learning paths"),
                @Tag(name = RestApplication.PEOPLE, description = "The signed-in person and the practices they manage "
                        + "(session cookie from the sign-in page; 401 without it)"),
                @Tag(name = RestApplication.ADMINISTRATION, description = "Practices and the audit trail, for administrators"),
                @Tag(name = RestApplication.CERTIFICATES, description = "Certificates (signed PDF/A), their public "
                        + "verification, and Open Badges 3.0 credentials"),
                @Tag(name = RestApplication.LEARNING, description = "The signed-in learner's progress and completions, and "
                        + "completions reported by external content players"),
                @Tag(name = RestApplication.ACCREDITATION, description = "The kite mark: a practice's live readiness, "
                        + "for its managers and administrators; the public register of accredited practices; the "
                        + "region's figures for administrators")})
public class RestApplication extends Application {

    public static final String CATALOGUE = "Catalogue";
    public static final String PEOPLE = "People and practices";
    public static final String ADMINISTRATION = "Administration";
    public static final String CERTIFICATES = "Certificates and credentials";
    public static final String LEARNING = "Learning";
    public static final String ACCREDITATION = "Accreditation";
}
