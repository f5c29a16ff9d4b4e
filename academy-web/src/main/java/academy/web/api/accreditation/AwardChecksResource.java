package academy.web.api.accreditation;

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

import academy.accreditation.award.NightlyAwardChecks;
import academy.web.api.ApiCaller;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/**
 * Runs the nightly award checks now, for administrators (after an outage, or to see a change of
 * the award settings take effect). Safe to repeat: each lapse, missed condition and reminder happens once.
 */
@Path("admin/award-checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.ACCREDITATION)
public class AwardChecksResource {

    @Inject
    ApiCaller caller;

    @Inject
    NightlyAwardChecks checks;

    @Inject
    Clock clock;

    @POST
    @Operation(summary = "Run the nightly award checks now", description = "Lapses awards past their last valid day, "
            + "marks open conditions past their deadline missed and sends the renewal reminders due, each once; "
            + "answers what this run changed.")
    @APIResponse(responseCode = "200", description = "What the run did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NightlyAwardChecks.Report.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NightlyAwardChecks.Report run() {
        caller.inAnyGroup("admin");
        return checks.run(clock.instant());
    }
}
