package academy.catalogue.content;

import academy.catalogue.Area;
import academy.catalogue.Audience;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One module as written in {@code modules/<slug>/}.
 *
 * @param refreshMonths after how many months a completion expires; empty when it never does
 * @param faceToFace whether attending a recorded in-practice session may count as completing it
 * @param significant whether this change of the module obliges learners to take it again
 * @param contentHash SHA-256 (hex) of the module's files; equal hashes mean the same version
 */
public record ModuleSource(
        String slug,
        String title,
        String summary,
        Audience audience,
        Area area,
        int minutes,
        int cpdMinutes,
        Optional<Integer> refreshMonths,
        boolean faceToFace,
        boolean significant,
        List<String> tags,
        List<LessonSource> lessons,
        QuizSource quiz,
        String contentHash) {

    public ModuleSource {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(refreshMonths, "refreshMonths");
        tags = List.copyOf(tags);
        lessons = List.copyOf(lessons);
        Objects.requireNonNull(quiz, "quiz");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
