package academy.web.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import academy.shared.Page;

class PageLinksTest {

    private static Page<String> page(int number, long total) {
        return new Page<>(List.of("x"), number, 10, total);
    }

    @Test
    void aMiddlePageLinksBothWaysWithItsFilters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("show", "all");
        filters.put("q", "");
        PageLinks links = PageLinks.around(page(1, 35), "/admin/appeals.xhtml", filters);

        assertThat(links.previousHref()).isEqualTo("/admin/appeals.xhtml?show=all&page=1");
        assertThat(links.previousLabel()).isEqualTo("Page 1 of 4");
        assertThat(links.nextHref()).isEqualTo("/admin/appeals.xhtml?show=all&page=3");
        assertThat(links.nextLabel()).isEqualTo("Page 3 of 4");
        assertThat(links.shown()).isTrue();
    }

    @Test
    void theFirstAndLastPagesLeaveOutTheSideWithNowhereToGo() {
        PageLinks first = PageLinks.around(page(0, 25), "/demo/outbox.xhtml", Map.of());
        PageLinks last = PageLinks.around(page(2, 25), "/demo/outbox.xhtml", Map.of());

        assertThat(first.previousHref()).isEmpty();
        assertThat(first.nextHref()).isEqualTo("/demo/outbox.xhtml?page=2");
        assertThat(last.nextHref()).isEmpty();
        assertThat(last.previousLabel()).isEqualTo("Page 2 of 3");
    }

    @Test
    void aSinglePageShowsNoPagination() {
        assertThat(PageLinks.around(page(0, 3), "/demo/outbox.xhtml", Map.of()).shown()).isFalse();
        assertThat(PageLinks.around(new Page<>(List.of(), 0, 10, 0), "/demo/outbox.xhtml", Map.of()).shown()).isFalse();
    }

    @Test
    void valuesAreEncoded() {
        assertThat(PageLinks.around(page(0, 25), "/a.xhtml", Map.of("q", "a&b c")).nextHref())
                .isEqualTo("/a.xhtml?q=a%26b+c&page=2");
    }
}
