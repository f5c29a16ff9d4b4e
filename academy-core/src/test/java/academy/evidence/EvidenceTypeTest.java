package academy.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceTypeTest {

    static final byte[] PNG_BYTES = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] EXE_BYTES = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

    @TempDir
    Path folder;

    private Optional<EvidenceType> sniff(byte[] content) throws IOException {
        Path file = Files.write(folder.resolve("upload.part"), content);
        return EvidenceType.sniff(Arrays.copyOf(content, Math.min(content.length, EvidenceType.HEAD_LENGTH)), file);
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void recognisesEachAcceptedTypeFromItsContent() throws IOException {
        assertThat(sniff("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))).contains(EvidenceType.PDF);
        assertThat(sniff(PNG_BYTES)).contains(EvidenceType.PNG);
        assertThat(sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'})).contains(EvidenceType.JPEG);
        assertThat(sniff(zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"))))
                .contains(EvidenceType.DOCX);
        assertThat(sniff(zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"))))
                .contains(EvidenceType.XLSX);
    }

    @Test
    void refusesProgramsTextAndZipsThatAreNotOfficeDocuments() throws IOException {
        assertThat(sniff(EXE_BYTES)).isEmpty();
        assertThat(sniff("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(sniff(zip(Map.of("payload.exe", "MZ")))).isEmpty();
        assertThat(sniff(zip(Map.of("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>")))).isEmpty();
        // A zip header followed by rubbish is not a zip at all.
        assertThat(sniff(new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6})).isEmpty();
        assertThat(sniff(new byte[] {'%', 'P'})).isEmpty();
    }

    @Test
    void theNameMustAgreeWithTheContent() {
        assertThat(EvidenceType.PDF.suitsName("Report March.PDF")).isTrue();
        assertThat(EvidenceType.JPEG.suitsName("photo.jpeg")).isTrue();
        assertThat(EvidenceType.JPEG.suitsName("photo.jpg")).isTrue();
        assertThat(EvidenceType.PNG.suitsName("report.pdf")).isFalse();
        assertThat(EvidenceType.PDF.suitsName("report")).isFalse();
        assertThat(EvidenceType.PDF.suitsName("report.pdf.")).isFalse();
        assertThat(EvidenceType.allowedList()).isEqualTo("PDF, PNG, JPEG, DOCX or XLSX");
    }

    @Test
    void namesAreTidiedForShowingAndDownloading() {
        assertThat(StoredFile.tidyName("C:\\Users\\me\\Desktop\\figures.pdf")).isEqualTo("figures.pdf");
        assertThat(StoredFile.tidyName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(StoredFile.tidyName("..hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(StoredFile.tidyName("bad\"name\r\n<x>.pdf")).isEqualTo("badnamex.pdf");
        assertThat(StoredFile.tidyName("   ")).isEqualTo("evidence");
        assertThat(StoredFile.tidyName(null)).isEqualTo("evidence");
        String longName = "a".repeat(300) + ".xlsx";
        assertThat(StoredFile.tidyName(longName)).hasSize(StoredFile.MAX_NAME_LENGTH).endsWith(".xlsx");
    }
}
