package academy.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a certificate is to be issued for, before it has a serial: the key that ties its
 * generations together, whose records it belongs to, its validity, the credential's facts, and the
 * content to print once the serial is known.
 *
 * @param kind         completion or kite mark
 * @param subjectKey   "completion:123", "award:45": one current certificate per key
 * @param practiceId   the practice whose records it belongs to
 * @param personId     the person it is for, if it is for a person
 * @param completionId the completion, for completion certificates
 * @param validFrom    when what it attests happened
 * @param validUntil   its last valid day (inclusive, in the UK), if it ever stops being valid
 * @param achievement  the Open Badges achievement
 * @param recipient    the Open Badges recipient
 * @param content      the printed content for a serial
 */
public record CertificateSubject(CertificateKind kind, String subjectKey, Optional<Long> practiceId, Optional<Long> personId,
                                 Optional<Long> completionId, Instant validFrom, Optional<LocalDate> validUntil,
                                 OpenBadges.Achievement achievement, OpenBadges.Recipient recipient,
                                 Function<CertificateSerial, CertificateContent> content) {

    public CertificateSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(completionId, "completionId");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(content, "content");
    }
}
