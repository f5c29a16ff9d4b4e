package academy.web.api.practice;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import academy.evidence.EvidenceFiles;
import academy.evidence.StoredFile;
import academy.practice.PracticeAccess;
import academy.shared.Actor;
import academy.shared.NotFoundException;
import academy.web.api.ApiCaller;
import academy.web.api.Parameters;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/**
 * Downloads an evidence file of a practice, for the people allowed to see the practice's records.
 * Always an attachment with the checked type, a safe file name and {@code nosniff}, so a browser
 * never renders an upload as a page of the academy.
 */
@Path("practices/{id}/evidence/{fileId}")
@RequestScoped
@Tag(ref = RestApplication.PEOPLE)
public class EvidenceResource {

    @Inject
    ApiCaller caller;

    @Inject
    EvidenceFiles evidence;

    @Inject
    PracticeAccess access;

    @GET
    // No @Produces: the media type is the file's own, whatever the client accepts.
    @Operation(summary = "Download an evidence file", description = "The file as uploaded, as an attachment. For the "
            + "managers of the practice that owns it and administrators.")
    @APIResponse(responseCode = "200", description = "The file, with its checked media type",
            content = @Content(mediaType = "application/octet-stream"))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller manages no practice and is not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such file in that practice, or the caller may not see it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response download(@Parameter(description = "The practice's id") @PathParam("id") String id,
                             @Parameter(description = "The evidence file's id") @PathParam("fileId") String fileId) {
        Actor actor = caller.inAnyGroup("manager", "admin");
        long practiceId = Parameters.integer("id", id, 1, Integer.MAX_VALUE);
        StoredFile file = evidence.get(actor, access::mayManage, Parameters.integer("fileId", fileId, 1, Integer.MAX_VALUE));
        if (file.practiceId() != practiceId) {
            throw new NotFoundException("There is no such evidence file, or it is not yours to see.");
        }
        return attachment(file, evidence.open(actor, access::mayManage, file));
    }

    /**
     * How every evidence file leaves the API, whoever may read it: as an attachment with its checked
     * type and a safe name, {@code nosniff}, never cached. The content is closed once sent.
     */
    public static Response attachment(StoredFile file, InputStream content) {
        StreamingOutput body = out -> {
            try (InputStream in = content) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, file.type().mediaType())
                .header("Content-Disposition", contentDisposition(file.originalName()))
                .header("Content-Length", file.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /**
     * An attachment header whose plain {@code filename} is ASCII without quotes or backslashes,
     * with the real name in {@code filename*} (RFC 6266 / 8187) for browsers that read it.
     */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
