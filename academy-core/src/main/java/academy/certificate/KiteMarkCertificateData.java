package academy.certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import academy.shared.time.AcademyCalendar;

/**
 * The facts of a kite-mark certificate, as an award will supply them.
 *
 * @param practiceName  the practice's name
 * @param odsCode       its ODS code
 * @param level         the level awarded ("Level 2 – Established")
 * @param schemeVersion the scheme version assessed against
 * @param awardedAt     date of the award
 * @param expiresAt     date the award expires
 * @param assessorName  who decided
 * @param areasMet      the areas whose criteria the practice met, in scheme order
 * @param awardSerial   the award's own serial ("KM-2026-000123"), which outlives re-issued certificates
 */
public record KiteMarkCertificateData(String practiceName, String odsCode, String level, String schemeVersion,
                                      Instant awardedAt, Instant expiresAt, String assessorName, List<String> areasMet,
                                      String awardSerial) {

    public KiteMarkCertificateData {
        Objects.requireNonNull(practiceName, "practiceName");
        Objects.requireNonNull(odsCode, "odsCode");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(schemeVersion, "schemeVersion");
        Objects.requireNonNull(awardedAt, "awardedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(assessorName, "assessorName");
        Objects.requireNonNull(awardSerial, "awardSerial");
        areasMet = List.copyOf(areasMet);
        if (!expiresAt.isAfter(awardedAt)) {
            throw new IllegalArgumentException("an award expires after it is made");
        }
    }

    /** What the certificate with this serial says. */
    public CertificateContent content(CertificateSerial serial, String baseUrl) {
        List<CertificateField> fields = new ArrayList<>();
        fields.add(new CertificateField("Practice", practiceName));
        fields.add(new CertificateField("ODS code", odsCode));
        fields.add(new CertificateField("Level", level));
        fields.add(new CertificateField("Scheme version", schemeVersion));
        fields.add(new CertificateField("Areas met", areasMet.isEmpty() ? "none" : String.join("; ", areasMet)));
        fields.add(new CertificateField("Awarded on", AcademyCalendar.day(awardedAt)));
        fields.add(new CertificateField("Valid until", AcademyCalendar.day(expiresAt)));
        fields.add(new CertificateField("Assessor", assessorName));
        fields.add(new CertificateField("Award serial", awardSerial));
        fields.add(new CertificateField("Serial number", serial.display()));
        return new CertificateContent(CertificateKind.KITE_MARK, "Digital Practice kite mark: " + practiceName,
                "Digital Practice kite mark", practiceName,
                "is accredited as a digital practice at",
                List.of(level, "ODS code " + odsCode + "  \u00b7  scheme version " + schemeVersion,
                        "Areas met: " + (areasMet.isEmpty() ? "none" : String.join("; ", areasMet)),
                        "Awarded on " + AcademyCalendar.day(awardedAt) + "  \u00b7  valid until " + AcademyCalendar.day(expiresAt),
                        "Assessed by " + assessorName + "  \u00b7  award " + awardSerial),
                fields, serial, CertificateContent.verifyUrl(baseUrl, serial));
    }
}
