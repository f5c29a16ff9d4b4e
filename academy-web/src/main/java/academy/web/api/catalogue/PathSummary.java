package academy.web.api.catalogue;

import java.util.Comparator;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.catalogue.LearningPath;
import academy.practice.JobRole;

/** A learning path: the modules required of people in some job roles. */
@Schema(name = "PathSummary")
@JsonbPropertyOrder({"slug", "title", "roles", "modules"})
public record PathSummary(
        String slug,
        String title,
        @Schema(description = "Job roles the path applies to", enumeration = {"gp", "nurse", "healthcare-assistant",
                "pharmacist", "receptionist", "administrator", "practice-manager", "other", "ppg-member"})
        List<String> roles,
        @Schema(description = "Slugs of the required modules, in the order to take them") List<String> modules) {

    static PathSummary of(LearningPath path) {
        // roles() is a set; sorting keeps the JSON the same from one call to the next.
        List<String> roles = path.roles().stream().map(JobRole::slug).sorted(Comparator.naturalOrder()).toList();
        return new PathSummary(path.slug(), path.title(), roles, path.moduleSlugs());
    }
}
