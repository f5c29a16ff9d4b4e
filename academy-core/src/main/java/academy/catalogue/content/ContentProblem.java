package academy.catalogue.content;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong with the content tree, where an author can find it.
 *
 * @param file the path relative to the content root, with forward slashes
 * @param line 1-based; 1 when nothing more precise is known
 */
public record ContentProblem(String file, int line, String message) implements Serializable {

    public ContentProblem {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("lines are counted from 1: " + line);
        }
        Objects.requireNonNull(message, "message");
    }

    /** The {@code file:line: message} form that editors and CI logs turn into links. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
