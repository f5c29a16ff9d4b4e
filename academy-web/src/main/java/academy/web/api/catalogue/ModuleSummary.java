package academy.web.api.catalogue;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.catalogue.ModuleVersion;
import academy.web.api.Links;

/** A module as listed in the catalogue: its current version, without lessons. */
@Schema(name = "ModuleSummary")
@JsonbPropertyOrder({"slug", "title", "summary", "audience", "area", "minutes", "cpdMinutes", "refreshMonths",
        "version", "lessonCount", "questionCount", "tags", "links"})
public record ModuleSummary(
        String slug,
        String title,
        String summary,
        @Schema(enumeration = {"staff", "ppg", "both"}) String audience,
        @Schema(enumeration = {"infrastructure", "staff-culture", "patient-upskilling"}) String area,
        @Schema(description = "Estimated minutes to finish, lessons and quiz") int minutes,
        @Schema(description = "CPD minutes credited on completion") int cpdMinutes,
        @Schema(description = "Months after which a completion expires; absent when it never does", nullable = true)
        Integer refreshMonths,
        @Schema(description = "Number of the current version") int version,
        int lessonCount,
        int questionCount,
        List<String> tags,
        Links links) {

    static ModuleSummary of(ModuleVersion module, Links.Roots roots) {
        return new ModuleSummary(module.slug(), module.title(), module.summary(), module.audience().slug(),
                module.area().slug(), module.minutes(), module.cpdMinutes(),
                module.refreshMonths().orElse(null), // null leaves the member out of the JSON
                module.versionNumber(), module.lessonCount(), module.questionCount(), module.tags(),
                ModuleResource.links(module.slug(), roots));
    }
}
