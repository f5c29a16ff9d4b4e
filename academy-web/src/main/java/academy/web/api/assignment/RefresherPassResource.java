package academy.web.api.assignment;

import java.time.Clock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.learning.assignment.Refreshers;
import academy.web.api.ApiCaller;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/**
 * Runs the refresher pass now, for administrators (it also runs every night after the award
 * checks). Safe to repeat: one refresher per expiring completion.
 */
@Path("admin/refreshers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.ADMINISTRATION)
public class RefresherPassResource {

    @Inject
    ApiCaller caller;

    @Inject
    Refreshers refreshers;

    @Inject
    Clock clock;

    @POST
    @Operation(summary = "Run the refresher pass now", description = "Assigns the refresher of every module whose latest "
            + "completion expires within the lead time (ACADEMY_REFRESHER_LEAD_DAYS, default 60), due on the expiry day, "
            + "once per completion; answers how many this run assigned.")
    @APIResponse(responseCode = "200", description = "What the run did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Refreshers.Report.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Refreshers.Report run() {
        caller.inAnyGroup("admin");
        return refreshers.run(clock.instant());
    }
}
