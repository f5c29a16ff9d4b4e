package academy.web.api.practice;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.practice.Membership;

/** A current member of a practice, as the roster shows them. */
@Schema(name = "MemberSummary")
@JsonbPropertyOrder({"membershipId", "personId", "name", "email", "jobRole", "since"})
public record MemberSummary(
        long membershipId,
        long personId,
        String name,
        String email,
        @Schema(description = "Job role slug", example = "receptionist") String jobRole,
        @Schema(description = "When the membership started") Instant since) {

    static MemberSummary of(Membership membership) {
        return new MemberSummary(membership.id(), membership.person().id(), membership.person().displayName(),
                membership.person().email().value(), membership.jobRole().slug(),
                membership.startedAt().orElse(membership.createdAt()));
    }
}
