package academy.web.api.account;

import java.util.Locale;

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

import academy.practice.Roster;
import academy.shared.Actor;
import academy.signin.Group;
import academy.signin.SignIn;
import academy.web.api.ApiCaller;
import academy.web.api.Problem;
import academy.web.api.RestApplication;

/** Who am I: the signed-in person, for any signed-in caller. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = RestApplication.PEOPLE)
public class MeResource {

    @Inject
    ApiCaller caller;

    @Inject
    SignIn signIn;

    @Inject
    Roster roster;

    @GET
    @Operation(summary = "Who am I", description = "The signed-in person's name, groups and memberships.")
    @APIResponse(responseCode = "200", description = "The signed-in person",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "401", description = "Nobody is signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Me get() {
        Actor actor = caller.signedIn();
        long personId = actor.requirePersonId();
        return new Me(personId, actor.displayName(),
                signIn.groupsOf(personId).stream().map(Group::groupName).sorted().toList(),
                roster.myMemberships(actor).stream().map(m -> new Me.MyMembership(m.practiceId(), m.practice().name(),
                        m.practice().odsCode().value(), m.jobRole().slug(), m.status().name().toLowerCase(Locale.ROOT),
                        m.startedAt().orElse(m.createdAt()))).toList());
    }
}
