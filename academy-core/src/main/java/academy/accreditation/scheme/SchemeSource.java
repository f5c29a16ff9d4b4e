package academy.accreditation.scheme;

import java.util.List;
import java.util.Objects;

/**
 * A validated scheme file, {@code scheme/kitemark-<version>.yaml}.
 *
 * @param contentHash SHA-256 (hex) of the file's text: a changed file is stored as a new revision
 */
public record SchemeSource(String file, int version, String title, String contentHash, List<LevelSource> levels,
                           List<CriterionSource> criteria) {

    public SchemeSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(contentHash, "contentHash");
        levels = List.copyOf(levels);
        criteria = List.copyOf(criteria);
    }
}
