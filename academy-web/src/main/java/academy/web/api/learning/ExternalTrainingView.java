package academy.web.api.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.learning.ExternalTraining;

/** One record of training done elsewhere: what, when, the module it is claimed for, and the manager's decision. */
@Schema(name = "ExternalTraining")
@JsonbPropertyOrder({"id", "provider", "title", "completedOn", "module", "moduleTitle", "status", "reason", "decidedBy",
        "decidedAt", "recordedAt", "practiceId", "completionId", "certificate"})
public record ExternalTrainingView(
        long id,
        @Schema(example = "e-Learning for Healthcare") String provider,
        String title,
        @Schema(description = "The day the training was completed (UK)", example = "2026-01-15") LocalDate completedOn,
        @Schema(nullable = true, description = "The module it is claimed to be equivalent to; absent for a record only",
                example = "data-security-and-protection") String module,
        @Schema(nullable = true) String moduleTitle,
        @Schema(description = "pending, approved, rejected or withdrawn") String status,
        @Schema(nullable = true, description = "The manager's reason (always given for a rejection)") String reason,
        @Schema(nullable = true, description = "The manager who decided") String decidedBy,
        @Schema(nullable = true, description = "When it was decided or withdrawn") Instant decidedAt,
        Instant recordedAt,
        long practiceId,
        @Schema(nullable = true, description = "The completion an approval made (approved with a module only)") Long completionId,
        @Schema(nullable = true, description = "Where the certificate file is, when one was given",
                example = "/api/v1/me/external-training/1234/certificate") String certificate) {

    static ExternalTrainingView of(ExternalTraining training) {
        return new ExternalTrainingView(training.id(), training.provider(), training.title(), training.completedOn(),
                training.moduleVersion().map(v -> v.slug()).orElse(null),
                training.moduleVersion().map(v -> v.title()).orElse(null),
                training.status().name().toLowerCase(Locale.ROOT), training.reason().orElse(null),
                training.decidedByName().orElse(null), training.decidedAt().orElse(null), training.recordedAt(),
                training.practice().id(), training.completionId().orElse(null),
                training.evidence().map(f -> MyExternalTrainingResource.CERTIFICATE_PATH.formatted(training.id())).orElse(null));
    }
}
