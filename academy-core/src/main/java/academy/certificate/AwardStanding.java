package academy.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import academy.accreditation.award.AwardStatus;

/**
 * Where the kite-mark award behind a certificate stands today, shown beside the certificate's own
 * status: a certificate can be valid as a document while its award was renewed (superseded by a
 * later award) or lapsed.
 *
 * @param serial         the award's serial ("KM-2026-000123")
 * @param status         current, renewal due, lapsed, revoked or superseded
 * @param level          the level awarded
 * @param awardedAt      when it was awarded (not when a certificate of it was issued)
 * @param validFrom      first day it is valid
 * @param validUntil     last day it is valid
 * @param revokedAt      when it was revoked
 * @param revokedReason  why
 * @param supersededBy   the serial of the award that replaced it (a renewal)
 */
public record AwardStanding(String serial, AwardStatus status, String level, Instant awardedAt, LocalDate validFrom, LocalDate validUntil,
                            Optional<Instant> revokedAt, Optional<String> revokedReason, Optional<String> supersededBy) {

    public AwardStanding {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(awardedAt, "awardedAt");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(revokedReason, "revokedReason");
        Objects.requireNonNull(supersededBy, "supersededBy");
    }

    public boolean revoked() {
        return status == AwardStatus.REVOKED;
    }
}
