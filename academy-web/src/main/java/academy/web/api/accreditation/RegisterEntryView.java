package academy.web.api.accreditation;

import java.time.LocalDate;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.accreditation.register.RegisterEntry;
import academy.web.api.Links;

/** One accredited practice on the public register. */
@Schema(name = "RegisterEntry")
@JsonbPropertyOrder({"practice", "odsCode", "locality", "level", "levelRank", "validUntil", "awardSerial",
        "certificateSerial", "verification"})
public record RegisterEntryView(
        String practice,
        @Schema(example = "Y09003") String odsCode,
        @Schema(example = "Millbrook") String locality,
        @Schema(example = "Foundation") String level,
        int levelRank,
        LocalDate validUntil,
        @Schema(example = "KM-2026-000001") String awardSerial,
        @Schema(nullable = true, description = "The serial of the award's current certificate; absent until one is issued")
        String certificateSerial,
        @Schema(nullable = true, description = "The certificate's verification page and JSON; absent until one is issued")
        Links verification) {

    static RegisterEntryView of(RegisterEntry entry, Links.Roots roots) {
        return new RegisterEntryView(entry.practiceName(), entry.odsCode(), entry.locality(), entry.levelTitle(),
                entry.levelRank(), entry.validUntil(), entry.awardSerial(), entry.certificateSerial().orElse(null),
                entry.certificateSerial().map(serial -> roots.to("verify/" + serial, "verify/" + serial)).orElse(null));
    }
}
