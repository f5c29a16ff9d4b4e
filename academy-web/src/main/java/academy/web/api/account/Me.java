package academy.web.api.account;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in person: who they are, their groups and their memberships. */
@Schema(name = "Me")
@JsonbPropertyOrder({"personId", "name", "groups", "memberships"})
public record Me(
        long personId,
        String name,
        @Schema(description = "Groups the person belongs to now", example = "[\"learner\", \"manager\"]") List<String> groups,
        List<MyMembership> memberships) {

    /** One of the person's memberships, newest first. */
    @Schema(name = "MyMembership")
    @JsonbPropertyOrder({"practiceId", "practiceName", "odsCode", "jobRole", "status", "since"})
    public record MyMembership(
            long practiceId,
            String practiceName,
            String odsCode,
            @Schema(example = "practice-manager") String jobRole,
            @Schema(enumeration = {"pending", "active", "ended", "rejected"}) String status,
            Instant since) {
    }
}
