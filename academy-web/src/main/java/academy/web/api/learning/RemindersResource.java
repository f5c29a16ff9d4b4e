package academy.web.api.learning;

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

import academy.learning.reminder.DailyReminders;
import academy.web.api.ApiCaller;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/**
 * Runs the learners' reminder pass now, for administrators (after a morning the academy was down).
 * Safe to repeat: each stage goes once per item, and a person gets one reminder mail a day.
 */
@Path("admin/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.LEARNING)
public class RemindersResource {

    @Inject
    ApiCaller caller;

    @Inject
    DailyReminders reminders;

    @Inject
    Clock clock;

    @POST
    @Operation(summary = "Run the learners' reminder pass now", description = "Sends each learner with assigned training "
            + "that reached a reminder stage (assigned, due soon, due today, weekly while overdue) one mail naming it all, "
            + "unless they had one today; answers what this run did.")
    @APIResponse(responseCode = "200", description = "What the run did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DailyReminders.Report.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DailyReminders.Report run() {
        caller.inAnyGroup("admin");
        return reminders.run(clock.instant());
    }
}
