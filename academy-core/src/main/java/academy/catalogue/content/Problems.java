package academy.catalogue.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found so far in one reading of a content tree.
 *
 * <p>Readers report a problem and carry on, so that an author sees every mistake in one run. A
 * reader that cannot produce a value returns an empty {@code Optional} <em>only after</em>
 * reporting why; {@link #count()} lets a caller tell whether anything went wrong in its part.
 */
public final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();

    public void report(String file, int line, String message) {
        found.add(new ContentProblem(file, Math.max(1, line), message));
    }

    public int count() {
        return found.size();
    }

    public boolean foundSince(int earlierCount) {
        return found.size() > earlierCount;
    }

    /** Ordered by file, then line, so that an author can work down the list file by file. */
    public List<ContentProblem> inFileOrder() {
        return found.stream()
                .sorted(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line))
                .toList();
    }
}
