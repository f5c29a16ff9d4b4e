package academy.certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import academy.shared.time.AcademyCalendar;

/**
 * The facts of a module-completion certificate.
 *
 * @param learnerName  the learner's name as the academy knows it
 * @param moduleTitle  the title of the completed version
 * @param moduleSlug   the module's slug (for the achievement's address)
 * @param version      the version completed
 * @param cpdMinutes   continuing-professional-development minutes the module counts for
 * @param practiceName the practice the learner completed it at
 * @param completedAt  when
 * @param validUntil   when the training falls due again, if the module has a refresh period
 */
public record CompletionCertificateData(String learnerName, String moduleTitle, String moduleSlug, int version,
                                        int cpdMinutes, String practiceName, Instant completedAt,
                                        Optional<Instant> validUntil) {

    public CompletionCertificateData {
        Objects.requireNonNull(learnerName, "learnerName");
        Objects.requireNonNull(moduleTitle, "moduleTitle");
        Objects.requireNonNull(moduleSlug, "moduleSlug");
        Objects.requireNonNull(practiceName, "practiceName");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(validUntil, "validUntil");
        if (version < 1 || cpdMinutes < 0) {
            throw new IllegalArgumentException("version " + version + ", CPD minutes " + cpdMinutes);
        }
    }

    /** What the certificate with this serial says. */
    public CertificateContent content(CertificateSerial serial, String baseUrl) {
        List<CertificateField> fields = new ArrayList<>();
        fields.add(new CertificateField("Learner", learnerName));
        fields.add(new CertificateField("Module", moduleTitle));
        fields.add(new CertificateField("Module version", Integer.toString(version)));
        fields.add(new CertificateField("CPD", cpdMinutes + " minutes"));
        fields.add(new CertificateField("Practice", practiceName));
        fields.add(new CertificateField("Completed on", AcademyCalendar.day(completedAt)));
        validUntil.ifPresent(until -> fields.add(new CertificateField("Training valid until", AcademyCalendar.day(until))));
        fields.add(new CertificateField("Serial number", serial.display()));
        String verifyUrl = CertificateContent.verifyUrl(baseUrl, serial);
        String completed = "Completed on " + AcademyCalendar.day(completedAt)
                + validUntil.map(until -> "  \u00b7  training valid until " + AcademyCalendar.day(until)).orElse("");
        List<String> particulars = List.of(moduleTitle,
                "Version " + version + "  \u00b7  " + cpdMinutes + " minutes of continuing professional development",
                "At " + practiceName, completed);
        return new CertificateContent(CertificateKind.COMPLETION, "Certificate of completion: " + moduleTitle,
                "Certificate of completion", learnerName, "has completed the module", particulars, fields, serial, verifyUrl);
    }
}
