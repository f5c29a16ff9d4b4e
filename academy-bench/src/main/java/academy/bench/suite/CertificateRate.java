package academy.bench.suite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import academy.audit.AuditTrail;
import academy.certificate.AcademyKeys;
import academy.certificate.CertificateRecords;
import academy.certificate.Certificates;
import academy.certificate.KeyStoreFile;
import academy.shared.Actor;

/**
 * Certificates per second, one thread, in the suite's JVM: the academy's whole path for a
 * learner's first request of a completion's certificate (Certificates.completionCertificate: the
 * completion's data read, content → QR → PDF/A → tags → signature by CertificatePipeline, the
 * certificate, its bytes and the audit row stored, committed), against a minimal one-page PDFBox
 * document (one line of text, saved to bytes) made in the same JVM in the same run.
 *
 * <p>It issues real certificates for completions that had none, so the bench database keeps them
 * (as it would after learners asked); each run takes completions still without one.
 */
final class CertificateRate {

    record Result(double academyPerSecond, long academyCertificates, double minimalPerSecond, long minimalDocuments) {
        double ratio() {
            return Figures.ratio(academyPerSecond, minimalPerSecond);
        }
    }

    /** A completion and its learner, who asks for its certificate. */
    private record Asked(long completionId, long personId) {
    }

    private CertificateRate() {
    }

    static Result measure(SuiteSettings settings, AcademyPersistence persistence) throws IOException, SQLException {
        Duration warmUp = settings.warmUp();
        Duration measure = settings.measure();
        // At most this many certificates are issued per run: generous for a 2-core machine's rate.
        List<Asked> todo = withoutCertificate(settings, (int) (200 * (warmUp.toSeconds() + measure.toSeconds()) + 100));
        Path keystore = settings.work().resolve("keys").resolve("certificate-signing.p12");
        KeyStoreFile.loadOrCreate(keystore, "bench-signing".toCharArray(), "certificates",
                "CN=Academy benchmark (development key),O=Digital Health Academy", Instant.now());
        EntityManager em = persistence.open();
        try {
            Certificates certificates = certificates(em, keystore);
            int[] next = {0};
            issue(certificates, em, todo, next, warmUp);
            int before = next[0];
            long started = System.nanoTime();
            issue(certificates, em, todo, next, measure);
            double seconds = (System.nanoTime() - started) / 1e9;
            long issued = next[0] - before;

            minimalDocuments(warmUp);
            started = System.nanoTime();
            long documents = minimalDocuments(measure);
            double minimalSeconds = (System.nanoTime() - started) / 1e9;
            return new Result(issued / seconds, issued, documents / minimalSeconds, documents);
        } finally {
            em.close();
        }
    }

    /** The academy's certificate service, with what CDI would give it in the server. */
    private static Certificates certificates(EntityManager em, Path keystore) {
        Clock clock = Clock.systemUTC();
        AcademyKeys keys = new AcademyKeys();
        AcademyPersistence.inject(keys, "signingKeystore", Optional.of(keystore.toString()));
        AcademyPersistence.inject(keys, "signingPassword", "bench-signing");
        AcademyPersistence.inject(keys, "signingAlias", "certificates");
        AcademyPersistence.inject(keys, "clock", clock);
        Certificates certificates = new Certificates();
        AcademyPersistence.inject(certificates, "records", AcademyPersistence.inject(new CertificateRecords(), "em", em));
        AcademyPersistence.inject(certificates, "keys", keys);
        AuditTrail audit = AcademyPersistence.inject(new AuditTrail(), "em", em);
        AcademyPersistence.inject(audit, "clock", clock);
        AcademyPersistence.inject(certificates, "audit", audit);
        AcademyPersistence.inject(certificates, "clock", clock);
        AcademyPersistence.inject(certificates, "baseUrl", "https://academy.example");
        return certificates;
    }

    /** Issues certificates one transaction each (as one request each in the server) for {@code duration}. */
    private static void issue(Certificates certificates, EntityManager em, List<Asked> todo, int[] next, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            if (next[0] >= todo.size()) {
                throw new IllegalStateException("ran out of completions without a certificate after " + next[0]);
            }
            Asked asked = todo.get(next[0]++);
            Actor learner = new Actor(Optional.of(asked.personId()), "benchmark learner", Set.of(), Set.of(), "127.0.0.1");
            em.getTransaction().begin();
            try {
                certificates.completionCertificate(learner, asked.completionId());
                em.getTransaction().commit();
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.clear();
            }
        }
    }

    /** Minimal one-page PDFs made and saved to bytes for {@code duration}: how many. */
    static long minimalDocuments(Duration duration) throws IOException {
        long end = System.nanoTime() + duration.toNanos();
        long made = 0;
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        while (System.nanoTime() < end) {
            try (PDDocument document = new PDDocument()) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(font, 24);
                    text.newLineAtOffset(72, 700);
                    text.showText("Certificate of completion " + made);
                    text.endText();
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                document.save(bytes);
                made++;
            }
        }
        return made;
    }

    private static List<Asked> withoutCertificate(SuiteSettings settings, int limit) throws SQLException {
        List<Asked> asked = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
                PreparedStatement query = connection.prepareStatement("""
                        SELECT c.id, c.person_id FROM learning_completion c
                         WHERE c.practice_id IS NOT NULL
                           AND NOT EXISTS (SELECT 1 FROM certificate x WHERE x.completion_id = c.id)
                         ORDER BY c.id LIMIT ?""")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    asked.add(new Asked(rows.getLong(1), rows.getLong(2)));
                }
            }
        }
        return asked;
    }

    /** The report's row for a result. */
    static Map<String, Object> row(Result result) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("academyPerSecond", result.academyPerSecond());
        row.put("academyCertificates", result.academyCertificates());
        row.put("minimalPerSecond", result.minimalPerSecond());
        row.put("minimalDocuments", result.minimalDocuments());
        row.put("ratio", result.ratio());
        row.put("target", "≥ 0.25 of the minimal PDFBox page");
        row.put("verdict", Targets.atLeast(result.ratio(), 0.25).word());
        return row;
    }
}
