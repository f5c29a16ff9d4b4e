package academy.catalogue.content;

import java.util.Objects;

/**
 * One lesson file, {@code lessons/NN-name.md}.
 *
 * @param number the file's two-digit prefix; lessons run 1, 2, 3... without gaps
 * @param title the text of the file's first line, the {@code # Title} heading
 * @param markdown the lesson body after the title line, as written
 * @param html the body rendered and sanitised by {@link MarkdownRenderer}, safe to show as is
 */
public record LessonSource(int number, String title, String markdown, String html) {

    public LessonSource {
        if (number < 1) {
            throw new IllegalArgumentException("lesson numbers start at 1: " + number);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
    }
}
