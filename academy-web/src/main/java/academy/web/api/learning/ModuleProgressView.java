package academy.web.api.learning;

import java.time.Instant;
import java.util.Locale;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.learning.Completion;
import academy.learning.ModuleStatus;

/** One required module and where the learner stands with it. */
@Schema(name = "ModuleProgress")
@JsonbPropertyOrder({"module", "title", "currentVersion", "status", "lessonsRead", "lessonCount", "completionId",
        "completedVersion", "completedAt", "expiresAt"})
public record ModuleProgressView(
        @Schema(description = "The module's slug", example = "data-security-and-protection") String module,
        String title,
        @Schema(description = "The module's current version") int currentVersion,
        @Schema(description = "complete, due-soon-60, due-soon-30, overdue, refresh-needed, in-progress or not-started",
                example = "due-soon-30") String status,
        @Schema(description = "Lessons of the current version read") int lessonsRead,
        int lessonCount,
        @Schema(nullable = true, description = "The latest completion's id") Long completionId,
        @Schema(nullable = true) Integer completedVersion,
        @Schema(nullable = true) Instant completedAt,
        @Schema(nullable = true, description = "When the latest completion expires; absent when it never does") Instant expiresAt) {

    static ModuleProgressView of(ModuleStatus status, int lessonsRead) {
        Completion latest = status.latest().orElse(null);
        return new ModuleProgressView(status.module().slug(), status.module().title(), status.module().versionNumber(),
                status.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), lessonsRead, status.module().lessonCount(),
                latest == null ? null : latest.id(), latest == null ? null : latest.versionNumber(),
                latest == null ? null : latest.completedAt(), latest == null ? null : latest.expiresAt().orElse(null));
    }
}
