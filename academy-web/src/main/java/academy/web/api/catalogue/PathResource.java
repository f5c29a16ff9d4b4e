package academy.web.api.catalogue;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.catalogue.Catalogue;
import academy.web.api.RestApplication;

/** Learning paths: which modules each job role (and PPG members) must complete. */
@Path("paths")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.CATALOGUE)
public class PathResource {

    @Inject
    Catalogue catalogue;

    @GET
    @Operation(summary = "List learning paths", description = "Every learning path, ordered by title.")
    @APIResponse(responseCode = "200", description = "The learning paths", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PathSummary.class)))
    public List<PathSummary> list() {
        return catalogue.paths().stream().map(PathSummary::of).toList();
    }
}
