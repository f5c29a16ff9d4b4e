package academy.web.api.catalogue;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import academy.catalogue.Catalogue.ModuleFilter;
import academy.shared.InvalidRequestException;

/** The API documents and checks the search limit itself; it must be the catalogue's own. */
class SearchLimitTest {

    @Test
    void theApiAllowsExactlyWhatTheCatalogueAllows() {
        String longest = "x".repeat(ModuleResource.MAX_QUERY_LENGTH);

        assertThatCode(() -> new ModuleFilter(Optional.empty(), Optional.empty(), Optional.of(longest)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new ModuleFilter(Optional.empty(), Optional.empty(), Optional.of(longest + "x")))
                .isInstanceOf(InvalidRequestException.class);
    }
}
