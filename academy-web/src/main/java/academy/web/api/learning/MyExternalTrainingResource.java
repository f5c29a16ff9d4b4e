package academy.web.api.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.evidence.EvidenceFiles;
import academy.learning.TrainingElsewhere;
import academy.shared.Actor;
import academy.shared.PageRequest;
import academy.web.api.ApiCaller;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;
import academy.web.api.practice.EvidenceResource;

/** The signed-in person's records of training done elsewhere, and each one's certificate file. */
@Path("me/external-training")
@RequestScoped
@Tag(ref = RestApplication.LEARNING)
public class MyExternalTrainingResource {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final String CERTIFICATE_PATH = "/api/v1/me/external-training/%d/certificate";

    @Inject
    ApiCaller caller;

    @Inject
    TrainingElsewhere trainingElsewhere;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My training done elsewhere", description = "The signed-in person's records of training done on "
            + "other platforms, newest first, one page at a time: each with the module it is claimed for, its status "
            + "(pending, approved, rejected, withdrawn), the manager's reason and, once approved with a module, the "
            + "completion it made.")
    @APIResponse(responseCode = "200", description = "One page of records",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExternalTrainingList.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a value it may not have; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExternalTrainingList list(
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Records per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_PAGE_SIZE, defaultValue = "" + DEFAULT_PAGE_SIZE))
            @QueryParam("size") String size) {
        Actor actor = caller.signedIn();
        return ExternalTrainingList.of(trainingElsewhere.mine(actor, Parameters.page(page, size, DEFAULT_PAGE_SIZE)));
    }

    @GET
    @Path("{id}/certificate")
    // No @Produces: the media type is the file's own, whatever the client accepts.
    @Operation(summary = "The certificate file of a record of training done elsewhere",
            description = "The file as uploaded, as an attachment. For the learner who recorded it and the managers of "
                    + "the practice it was recorded at.")
    @APIResponse(responseCode = "200", description = "The file, with its checked media type",
            content = @Content(mediaType = "application/octet-stream"))
    @APIResponse(responseCode = "400", description = "The id is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such record, not the caller's to see, or it has no file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response certificate(@Parameter(description = "The record's id") @PathParam("id") String id) {
        Actor actor = caller.signedIn();
        EvidenceFiles.Opened opened = trainingElsewhere.certificate(actor, Parameters.integer("id", id, 1, Integer.MAX_VALUE));
        return EvidenceResource.attachment(opened.file(), opened.content());
    }
}
