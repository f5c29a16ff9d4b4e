package academy.learning;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import academy.catalogue.ModuleVersion;
import academy.shared.time.AcademyCalendar;

/**
 * The training matrix written row by row to a stream, as CSV or as an Excel workbook: a header,
 * then one line per member of staff (name, email, job role, and for every required module its
 * status in words and the date the training is valid until). Rows go out as they come; nothing
 * holds the whole matrix. Text that a spreadsheet would take for a formula is made harmless.
 */
public abstract class MatrixSheet implements AutoCloseable {

    /** The formats a manager can download. */
    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() { return mediaType; }
        public String extension() { return extension; }
    }

    /** Days are written in UK time, as managers read them. */

    private final List<ModuleVersion> columns;

    MatrixSheet(List<ModuleVersion> columns) {
        this.columns = List.copyOf(columns);
    }

    /** A sheet in the format, writing to {@code out} (which {@link #close} does not close). */
    public static MatrixSheet of(Format format, List<ModuleVersion> columns, OutputStream out) {
        MatrixSheet sheet = format == Format.CSV ? new Csv(columns, out) : new Xlsx(columns, out);
        sheet.writeLine(sheet.header());
        return sheet;
    }

    public void add(MatrixRow row) {
        Map<String, ModuleStatus> cells = row.cells().stream()
                .collect(Collectors.toMap(c -> c.module().slug(), Function.identity(), (a, b) -> a));
        List<String> line = new ArrayList<>();
        line.add(row.membership().person().displayName());
        line.add(row.membership().person().email().value());
        line.add(row.membership().jobRole().label());
        for (ModuleVersion module : columns) {
            ModuleStatus cell = cells.get(module.slug());
            line.add(cell == null ? "Not required" : cell.status().label());
            line.add(cell == null ? "" : cell.latest().flatMap(Completion::expiresAt)
                    .map(expiry -> AcademyCalendar.dayOf(expiry).toString())
                    .orElse(cell.latest().isPresent() ? "no expiry" : ""));
        }
        writeLine(line);
    }

    private List<String> header() {
        List<String> line = new ArrayList<>(List.of("Name", "Email", "Job role"));
        for (ModuleVersion module : columns) {
            line.add(module.title());
            line.add(module.title() + ": valid until");
        }
        return line;
    }

    abstract void writeLine(List<String> cells);

    /** Finishes the document and flushes it; the stream stays open. */
    @Override
    public abstract void close();

    /** Text starting like a formula (=, +, -, @, tab, carriage return) gets a leading apostrophe. */
    public static String harmless(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static final class Csv extends MatrixSheet {

        private final Writer writer;

        Csv(List<ModuleVersion> columns, OutputStream out) {
            super(columns);
            this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try {
                // A byte-order mark, so that Excel reads the file as UTF-8.
                writer.write('\uFEFF');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void writeLine(List<String> cells) {
            try {
                writer.write(cells.stream().map(Csv::quoted).collect(Collectors.joining(",")));
                writer.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String quoted(String cell) {
            String text = harmless(cell);
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                    || text.startsWith("'")) {
                return "\"" + text.replace("\"", "\"\"") + "\"";
            }
            return text;
        }

        @Override
        public void close() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends MatrixSheet {

        /** Rows kept before they are written out. */
        private static final int FLUSH_EVERY = 100;

        private final Workbook workbook;
        private final Worksheet sheet;
        private int row;

        Xlsx(List<ModuleVersion> columns, OutputStream out) {
            super(columns);
            this.workbook = new Workbook(out, "Digital Health Academy", "1.0");
            this.sheet = workbook.newWorksheet("Training matrix");
            sheet.freezePane(1, 1);
        }

        @Override
        void writeLine(List<String> cells) {
            for (int column = 0; column < cells.size(); column++) {
                sheet.value(row, column, harmless(cells.get(column)));
            }
            row++;
            if (row % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void close() {
            try {
                sheet.finish();
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
