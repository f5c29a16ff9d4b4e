package academy.catalogue.content;

import java.util.List;
import java.util.stream.Collectors;

/** The content tree cannot be used; it carries every problem found, not just the first. */
public class ContentInvalidException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<ContentProblem> problems;

    public ContentInvalidException(List<ContentProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String describe(List<ContentProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("invalid content has at least one problem");
        }
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return problems.stream()
                .map(ContentProblem::toString)
                .collect(Collectors.joining("\n", "The content has " + count + ":\n", ""));
    }
}
