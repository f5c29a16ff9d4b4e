package academy.web.api.practice;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.practice.Practice;

/** A practice with what only its managers and administrators may know: its join code. */
@Schema(name = "PracticeDetail")
@JsonbPropertyOrder({"id", "odsCode", "name", "pcn", "address", "status", "joinCode", "joinCodeChangedAt"})
public record PracticeDetail(
        long id,
        @Schema(example = "M83001") String odsCode,
        String name,
        String pcn,
        @Schema(description = "Postal address, lines separated by new lines") String address,
        @Schema(enumeration = {"active", "archived"}) String status,
        @Schema(description = "The code PPG members join with") String joinCode,
        Instant joinCodeChangedAt) {

    static PracticeDetail of(Practice practice) {
        PracticeSummary summary = PracticeSummary.of(practice);
        return new PracticeDetail(summary.id(), summary.odsCode(), summary.name(), summary.pcn(), practice.address(),
                summary.status(), practice.joinCode().value(), practice.joinCodeChangedAt());
    }
}
