package academy.catalogue.content;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The academy's real content, as committed in the repository, must always load. */
class RepositoryContentTest {

    /** Surefire runs tests in the module's directory; the content tree sits beside it. */
    private static final Path REPOSITORY_CONTENT = Path.of("../content");

    @Test
    void theRepositorysContentTreeIsValid() {
        assertThatCode(() -> new ContentReader().read(REPOSITORY_CONTENT)).doesNotThrowAnyException();
    }
}
