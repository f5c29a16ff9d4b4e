package academy.web.api.learning;

import java.time.Instant;
import java.util.Locale;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.learning.Completion;
import academy.learning.CompletionSource;
import academy.web.learning.LearnerLabels;

/** One completion: which version of which module, when, how, at which practice, and its certificate. */
@Schema(name = "Completion")
@JsonbPropertyOrder({"id", "module", "title", "version", "score", "source", "completedAt", "expiresAt", "practiceId",
        "practice", "certificate"})
public record CompletionView(
        long id,
        @Schema(example = "data-security-and-protection") String module,
        String title,
        int version,
        @Schema(nullable = true, description = "Percentage; absent for face-to-face attendance") Integer score,
        @Schema(description = "quiz, face-to-face, external or external-evidence (training done elsewhere, approved by the"
                + " practice manager)") String source,
        Instant completedAt,
        @Schema(nullable = true) Instant expiresAt,
        long practiceId,
        String practice,
        @Schema(nullable = true, description = "Where the completion's certificate (PDF) is; absent for training done"
                + " elsewhere, whose certificate is its provider's", example = "/api/v1/certificates/completions/1234")
        String certificate) {

    static CompletionView of(Completion completion) {
        return new CompletionView(completion.id(), completion.module().slug(), completion.moduleVersion().title(),
                completion.versionNumber(), completion.score().orElse(null),
                completion.source().name().toLowerCase(Locale.ROOT).replace('_', '-'), completion.completedAt(),
                completion.expiresAt().orElse(null), completion.practice().id(), completion.practice().name(),
                completion.source() == CompletionSource.EXTERNAL_EVIDENCE ? null : LearnerLabels.CERTIFICATE_PATH + completion.id());
    }
}
