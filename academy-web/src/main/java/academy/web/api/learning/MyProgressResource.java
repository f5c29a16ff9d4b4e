package academy.web.api.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.learning.Learning;
import academy.web.api.ApiCaller;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/** The signed-in learner's required modules and where they stand with each. */
@Path("me/progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.LEARNING)
public class MyProgressResource {

    /** Staff and PPG members: the people who take modules. */
    static final String[] LEARNER_GROUPS = {"learner", "ppg"};

    @Inject
    ApiCaller caller;

    @Inject
    Learning learning;

    @GET
    @Operation(summary = "My progress", description = "The learning paths that apply to the signed-in learner's job roles "
            + "(the PPG path for PPG members), every required module with its status, lessons read and due date.")
    @APIResponse(responseCode = "200", description = "The learner's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyProgress.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an active member (staff or PPG) of any practice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MyProgress get() {
        return MyProgress.of(learning.myLearning(caller.inAnyGroup(LEARNER_GROUPS)));
    }
}
