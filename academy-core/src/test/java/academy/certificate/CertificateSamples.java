package academy.certificate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sample certificate data for the tests. */
final class CertificateSamples {

    static final String BASE_URL = "https://academy.example.org";

    static final CertificateIssue ISSUE = new CertificateIssue("Dr Morgan Ellis", "Head of Accreditation",
            Instant.parse("2026-03-20T09:00:00Z"));

    private CertificateSamples() {
    }

    static CompletionCertificateData completion() {
        return new CompletionCertificateData("Priya Ramanathan", "Helping patients register for online access",
                "online-access-registration", 3, 45, "Riverside Medical Centre", Instant.parse("2026-03-14T10:15:00Z"),
                Optional.of(Instant.parse("2027-03-14T10:15:00Z")));
    }

    static KiteMarkCertificateData kiteMark() {
        return new KiteMarkCertificateData("Riverside Medical Centre", "Y09001", "Level 2 \u2013 Established", "2026.1",
                Instant.parse("2026-05-01T09:00:00Z"), Instant.parse("2028-05-01T09:00:00Z"), "Dr Alex Morgan",
                List.of("Technological infrastructure", "Staff culture and development", "Patient upskilling"),
                "KM-2026-000042");
    }
}
