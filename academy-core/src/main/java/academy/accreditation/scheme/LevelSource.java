package academy.accreditation.scheme;

import java.util.Objects;

/**
 * One level of a scheme file, in the order written: the first is the lowest.
 *
 * @param rank 1 for the first (lowest) level; a level requires every criterion of its rank or below
 */
public record LevelSource(String slug, int rank, String title, String summary) {

    public LevelSource {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        if (rank < 1) {
            throw new IllegalArgumentException("levels are ranked from 1: " + rank);
        }
    }
}
