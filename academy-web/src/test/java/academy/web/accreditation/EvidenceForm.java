package academy.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import academy.web.SignInSession;
import academy.web.SignInSession.FileChoice;
import academy.web.SignInSession.Response;

/**
 * The readiness page's evidence form as a browser sends it (multipart, every file field a part),
 * small real files to upload, and the evidence folder of the academy under test, whose files a
 * refused upload must not add to.
 */
final class EvidenceForm {

    /** A small PDF a reader opens (one empty page). */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    /** The start of a PNG (its signature and header chunk): what the store recognises a PNG by. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    /** The start of a Windows program. */
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

    private EvidenceForm() {
    }

    /** Gives evidence for one criterion on the readiness page: a statement, a link (or ""), and a file (or none). */
    static Response give(SignInSession manager, long practiceId, String slug, String statement, String link,
                         Optional<FileChoice> file) {
        Document page = manager.get("accreditation/readiness.xhtml?practice=" + practiceId).html();
        Element criterion = page.selectFirst("#criterion-" + slug);
        assertThat(criterion).as("criterion %s on %s", slug, page.text()).isNotNull();
        Map<String, String> values = new HashMap<>();
        values.put(criterion.selectFirst("textarea").attr("name"), statement);
        values.put(criterion.selectFirst("input[type=url]").attr("name"), link);
        Map<String, FileChoice> files = new HashMap<>();
        file.ifPresent(f -> files.put(criterion.selectFirst("input[type=file]").attr("name"), f));
        Response answer = manager.submitMultipart(page, "evidence", criterion.selectFirst("input[type=submit]").attr("name"),
                values, files);
        assertThat(answer.status()).as("%s: %s", answer, answer.body()).isEqualTo(200);
        return answer;
    }

    /** How many files the evidence store of the academy under test holds (ACADEMY_DATA_DIR/evidence). */
    static long filesInTheStore() {
        Path store = Path.of(System.getProperty("academy.war")).getParent().resolve("it-data").resolve("evidence");
        if (!Files.isDirectory(store)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(store)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
