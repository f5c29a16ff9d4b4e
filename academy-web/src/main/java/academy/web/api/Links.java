package academy.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a thing lives: its address in the API and the page that shows it to people. Both are
 * root-relative (no scheme or host), so they stay right behind a proxy, and both honour the
 * context root the application is deployed at.
 */
@Schema(name = "Links")
@JsonbPropertyOrder({"self", "html"})
public record Links(
        @Schema(description = "This resource in the API", example = "/api/v1/modules/digital-champion")
        String self,
        @Schema(description = "The page that shows it", example = "/catalogue/module.xhtml?slug=digital-champion")
        String html) {

    /** The two roots links are made from, read once per request. */
    public record Roots(String api, String application) {

        public static Roots of(UriInfo request, ServletContext application) {
            return new Roots(request.getBaseUri().getRawPath(), application.getContextPath());
        }

        /** @param apiPath relative to the API root, e.g. {@code modules/digital-champion} */
        public Links to(String apiPath, String pagePath) {
            String api = this.api.endsWith("/") ? this.api : this.api + "/";
            return new Links(api + apiPath, application + "/" + pagePath);
        }
    }
}
