package academy.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import academy.catalogue.Module;
import academy.catalogue.ModuleVersion;
import academy.practice.JobRole;
import academy.practice.Membership;
import academy.practice.Practice;

class MatrixSheetTest {

    private final ModuleVersion security = LearningFixtures.version(new Module("data-security"), 1, 1, 80,
            Optional.of(12), true, false, List.of(LearningFixtures.question("Q", 2, 0)));
    private final ModuleVersion video = LearningFixtures.version(new Module("video-consultations"), 1, 1, 80,
            Optional.empty(), false, false, List.of(LearningFixtures.question("Q", 2, 0)));
    private final Practice practice = LearningFixtures.practice("Y01234", "Test Surgery");

    private List<MatrixRow> rows() {
        Membership ann = Membership.invited(LearningFixtures.person("Ann Able"), practice, JobRole.RECEPTIONIST,
                LearningFixtures.NOW);
        Completion done = Completion.ofFaceToFace(ann.person(), security, practice, LearningFixtures.NOW,
                Optional.empty(), LearningFixtures.NOW);
        MatrixRow first = new MatrixRow(ann, List.of(new ModuleStatus(security, TrainingStatus.COMPLETE, Optional.of(done), true)));
        // A name that a spreadsheet would run as a formula, with a comma and a quote in it.
        Membership bob = Membership.invited(LearningFixtures.person("=Bob, \"the\" Builder", "bob@example.org"), practice, JobRole.GP,
                LearningFixtures.NOW);
        MatrixRow second = new MatrixRow(bob, List.of(
                new ModuleStatus(security, TrainingStatus.OVERDUE, Optional.empty(), true),
                new ModuleStatus(video, TrainingStatus.NOT_STARTED, Optional.empty(), true)));
        return List.of(first, second);
    }

    @Test
    void csvHasAHeaderAndOneQuotedLinePerPersonWithStatusesInWords() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MatrixSheet sheet = MatrixSheet.of(MatrixSheet.Format.CSV, List.of(security, video), out)) {
            rows().forEach(sheet::add);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> lines = parseCsv(text.substring(1));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).containsExactly("Name", "Email", "Job role", "Online access", "Online access: valid until",
                "Online access", "Online access: valid until");
        assertThat(lines.get(1)).containsExactly("Ann Able", "ann.able@example.org", "Receptionist", "Complete",
                "2027-03-02", "Not required", "");
        assertThat(lines.get(2).get(0)).isEqualTo("'=Bob, \"the\" Builder");
        assertThat(lines.get(2).subList(2, 7)).containsExactly("GP", "Overdue", "", "Not started", "");
    }

    @Test
    void xlsxIsAWorkbookWithTheSameCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MatrixSheet sheet = MatrixSheet.of(MatrixSheet.Format.XLSX, List.of(security, video), out)) {
            rows().forEach(sheet::add);
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Training matrix");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellAsString(0)).contains("Name");
            assertThat(rows.get(1).getCellAsString(0)).contains("Ann Able");
            assertThat(rows.get(1).getCellAsString(3)).contains("Complete");
            assertThat(rows.get(2).getCellAsString(0)).contains("'=Bob, \"the\" Builder");
            assertThat(rows.get(2).getCellAsString(5)).contains("Not started");
        }
    }

    /** A strict reader for what RFC 4180 allows: quoted fields, doubled quotes, CRLF line ends. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return lines;
    }
}
