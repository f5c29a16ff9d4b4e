package academy.web.api.audit;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.audit.AuditEntry;

/** One audit entry: who did what to which record, when, from where. */
@Schema(name = "AuditEntry")
@JsonbPropertyOrder({"id", "at", "personId", "actor", "action", "subjectType", "subjectKey", "practiceId",
        "clientAddress", "details"})
public record AuditEntryView(
        long id,
        Instant at,
        @Schema(nullable = true) Long personId,
        @Schema(description = "The actor's name then, or anonymous / system") String actor,
        @Schema(example = "membership.approved") String action,
        String subjectType,
        String subjectKey,
        @Schema(nullable = true) Long practiceId,
        String clientAddress,
        String details) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.id(), entry.createdAt(), entry.personId().orElse(null), entry.actorName(),
                entry.action().code(), entry.subject().type(), entry.subject().key(), entry.practiceId().orElse(null),
                entry.clientAddress(), entry.details());
    }
}
