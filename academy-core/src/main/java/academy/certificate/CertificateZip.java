package academy.certificate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import academy.learning.MatrixSheet;

/**
 * The ZIP that {@link CertificateArchive} streams, entry by entry: the stored PDF of each current
 * (valid) certificate, then the manifest {@value #MANIFEST} listing every certificate with its status
 * (and any completion still without a certificate, as {@value #NOT_ISSUED}). The rows come batch by
 * batch from the database, so neither the archive nor the list is ever held whole in memory.
 */
final class CertificateZip implements AutoCloseable {

    static final String MANIFEST = "certificates.csv";
    static final List<String> HEADER = List.of("serial", "learner", "module", "module slug", "version", "completed",
            "status", "file");
    static final String NOT_ISSUED = "not issued";
    private static final int MAX_NAME_PART = 60;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One certificate as the archive lists it; no PDF bytes. */
    record Row(long id, CertificateSerial serial, String learner, String moduleSlug, String moduleTitle, int version,
               Instant completedAt, Instant revokedAt, Instant supersededAt) {

        /** Revoked before superseded, as verification reports it; expiry is the completion's, not the archive's concern. */
        String status() {
            if (revokedAt != null) {
                return "revoked";
            }
            return supersededAt != null ? "superseded" : "valid";
        }

        boolean current() {
            return revokedAt == null && supersededAt == null;
        }

        /** A file name that is safe on every system and unique (the serial is). */
        String fileName() {
            return safe(learner) + "-" + safe(moduleSlug) + "-" + serial.value() + ".pdf";
        }
    }

    /** A completion at the practice whose certificate was never asked for. */
    record Uncertified(long completionId, String learner, String moduleSlug, String moduleTitle, int version, Instant completedAt) {

        /** The row of the certificate just issued for it. */
        Row issuedAs(Certificate certificate) {
            return new Row(certificate.id(), certificate.serial(), learner, moduleSlug, moduleTitle, version, completedAt, null, null);
        }
    }

    private final ZipOutputStream zip;

    CertificateZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /** Starts the manifest: UTF-8 with a byte-order mark, so that Excel shows accented names as they are. */
    void startManifest() {
        begin(MANIFEST);
        write(BYTE_ORDER_MARK);
        line(HEADER);
    }

    void listInManifest(Row row) {
        listing(row.serial().display(), row.learner(), row.moduleTitle(), row.moduleSlug(), row.version(), row.completedAt(),
                row.status(), row.current() ? row.fileName() : "");
    }

    /** Lists a completion without a certificate, without serial or file, as "not issued". */
    void listInManifest(Uncertified completion) {
        listing("", completion.learner(), completion.moduleTitle(), completion.moduleSlug(), completion.version(),
                completion.completedAt(), NOT_ISSUED, "");
    }

    private void listing(String serial, String learner, String module, String slug, int version, Instant completedAt,
                         String status, String file) {
        line(List.of(serial, learner, module, slug, Integer.toString(version),
                completedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString(), status, file));
    }

    /** Adds the PDFs of the current certificates among the rows, the bytes looked up by certificate id. */
    void addPdfs(List<Row> rows, Map<Long, byte[]> pdfs) {
        for (Row row : rows) {
            byte[] pdf = pdfs.get(row.id());
            if (row.current() && pdf != null) {
                begin(row.fileName());
                write(pdf);
            }
        }
    }

    private void begin(String name) {
        try {
            zip.putNextEntry(new ZipEntry(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(List<String> cells) {
        write((cells.stream().map(CertificateZip::cell).collect(Collectors.joining(",")) + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private void write(byte[] bytes) {
        try {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the archive; the underlying stream is flushed, not closed. */
    @Override
    public void close() {
        try {
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String text) {
        String harmless = MatrixSheet.harmless(text);
        return harmless.chars().anyMatch(c -> ",\"\r\n'".indexOf(c) >= 0) ? "\"" + harmless.replace("\"", "\"\"") + "\"" : harmless;
    }

    /** Letters and digits only (accents dropped), everything else one hyphen, at most {@value #MAX_NAME_PART} characters. */
    static String safe(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String safe = plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
        if (safe.length() > MAX_NAME_PART) {
            safe = safe.substring(0, MAX_NAME_PART).replaceAll("-+$", "");
        }
        return safe.isEmpty() ? "certificate" : safe;
    }
}
