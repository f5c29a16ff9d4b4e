package academy.bench.generate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL's COPY (text format), a few hundred kilobytes at a
 * time: the fastest way in, and memory stays flat however large the country.
 */
final class CopyTable implements AutoCloseable {

    private static final int FLUSH_AT = 256 * 1024;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private long rows;
    private boolean first = true;

    CopyTable(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    CopyTable value(Object value) {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
        if (value == null) {
            buffer.append("\\N");
        } else {
            escape(value.toString());
        }
        return this;
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        first = true;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
