package academy.catalogue.content;

import java.util.Objects;

/**
 * The text of one content file.
 *
 * @param name the path relative to the content root, with forward slashes, as problems name it
 * @param text the file's text with any byte-order mark removed and every line ending turned
 *     into {@code \n}, so that a checkout on Windows reads, numbers and hashes like one on Linux
 */
public record ContentFile(String name, String text) {

    public ContentFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    public static ContentFile of(String name, String rawText) {
        String text = rawText.startsWith("\uFEFF") ? rawText.substring(1) : rawText;
        return new ContentFile(name, text.replace("\r\n", "\n").replace('\r', '\n'));
    }
}
