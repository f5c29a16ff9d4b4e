package academy.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The kinds of file the academy accepts as evidence, recognised by what the bytes are: a PDF
 * header, a PNG or JPEG signature, or an Office Open XML package (a zip with a content-types part
 * and the document or workbook part). A file's name only has to agree with what it is.
 */
public enum EvidenceType {
    PDF("application/pdf", "PDF document", List.of("pdf")),
    PNG("image/png", "PNG image", List.of("png")),
    JPEG("image/jpeg", "JPEG image", List.of("jpg", "jpeg")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook", List.of("xlsx"));

    /** How many leading bytes {@link #sniff} needs. */
    public static final int HEAD_LENGTH = 8;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    EvidenceType(String mediaType, String label, List<String> extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = extensions;
    }

    public String mediaType() { return mediaType; }
    public String label() { return label; }
    public List<String> extensions() { return extensions; }

    /** Whether a file called {@code fileName} may hold this type (its extension, any case). */
    public boolean suitsName(String fileName) {
        return extensionOf(fileName).filter(extensions::contains).isPresent();
    }

    /**
     * What the file is, from its first bytes and, for a zip, its entries.
     *
     * @param head the file's first {@value #HEAD_LENGTH} bytes (fewer when the file is shorter)
     * @param file the whole file, opened only when the head says it is a zip
     */
    public static Optional<EvidenceType> sniff(byte[] head, Path file) throws IOException {
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return officeDocument(file);
        }
        return Optional.empty();
    }

    /** The types people may upload, for messages: "PDF, PNG, JPEG, DOCX or XLSX". */
    public static String allowedList() {
        List<String> names = Arrays.stream(values()).map(Enum::name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    static Optional<String> extensionOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? Optional.empty()
                : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static Optional<EvidenceType> officeDocument(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(XLSX);
            }
            return Optional.empty();
        } catch (ZipException notAZip) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
