package academy.audit;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import academy.shared.InvalidRequestException;

/**
 * What an administrator narrows the audit trail by; every part optional.
 *
 * @param actionPrefix the start of the action name, e.g. {@code signin.} or {@code practice.}
 * @param personId     entries made by this person
 * @param practiceId   entries about this practice
 * @param from         entries at or after this instant
 * @param until        entries before this instant
 */
public record AuditFilter(Optional<String> actionPrefix, Optional<Long> personId, Optional<Long> practiceId,
                          Optional<Instant> from, Optional<Instant> until) {

    public static final AuditFilter ALL = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public AuditFilter {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        actionPrefix = actionPrefix.map(p -> p.strip().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty());
        if (actionPrefix.filter(p -> p.length() > AuditAction.MAX_LENGTH || !p.matches("[a-z0-9.-]+")).isPresent()) {
            throw new InvalidRequestException("An action filter is made of lower-case letters, digits, dots and dashes.");
        }
        if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
            throw new InvalidRequestException("The start of the date range must be before its end.");
        }
    }

    public AuditFilter withActionPrefix(String prefix) {
        return new AuditFilter(Optional.of(prefix), personId, practiceId, from, until);
    }

    public AuditFilter withPerson(long id) {
        return new AuditFilter(actionPrefix, Optional.of(id), practiceId, from, until);
    }

    public AuditFilter withPractice(long id) {
        return new AuditFilter(actionPrefix, personId, Optional.of(id), from, until);
    }

    public AuditFilter between(Instant start, Instant end) {
        return new AuditFilter(actionPrefix, personId, practiceId, Optional.of(start), Optional.of(end));
    }
}
