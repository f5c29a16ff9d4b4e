package academy.accreditation.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One accredited practice as the public register shows it.
 *
 * @param awardSerial       the kite mark's own serial ("KM-2026-000123")
 * @param certificateSerial the serial of the award's current certificate, which its verification
 *     page is found by; empty while no certificate has been issued
 */
public record RegisterEntry(long awardId, String practiceName, String odsCode, String locality, int levelRank,
                            String levelTitle, LocalDate validUntil, String awardSerial,
                            Optional<String> certificateSerial) {

    public RegisterEntry {
        Objects.requireNonNull(practiceName, "practiceName");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(certificateSerial, "certificateSerial");
    }
}
