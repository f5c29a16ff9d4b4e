package academy.web.api.practice;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.practice.Practice;

/** A practice as its managers and administrators see it in lists. */
@Schema(name = "PracticeSummary")
@JsonbPropertyOrder({"id", "odsCode", "name", "pcn", "status"})
public record PracticeSummary(
        long id,
        @Schema(description = "NHS ODS code", example = "M83001") String odsCode,
        String name,
        @Schema(description = "Primary care network or locality") String pcn,
        @Schema(description = "active or archived", enumeration = {"active", "archived"}) String status) {

    public static PracticeSummary of(Practice practice) {
        return new PracticeSummary(practice.id(), practice.odsCode().value(), practice.name(), practice.pcn(),
                practice.status().name().toLowerCase(java.util.Locale.ROOT));
    }
}
