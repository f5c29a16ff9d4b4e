package academy.web.paging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import academy.shared.Page;

/**
 * The "Previous" and "Next" links of a page of a short list ({@code <n:pagination>}), each its own
 * address so that a page can be bookmarked: people count pages from 1, the services from 0. A side
 * with nowhere to go has an empty address, and the pagination leaves it out.
 *
 * @param previousHref  the previous page's address, or empty on the first page
 * @param previousLabel e.g. "Page 1 of 9"
 * @param nextHref      the next page's address, or empty on the last page
 * @param nextLabel     e.g. "Page 3 of 9"
 */
public record PageLinks(String previousHref, String previousLabel, String nextHref, String nextLabel) {

    /**
     * Links around {@code page} to {@code address} (the page's path with the context path) with
     * {@code parameters} (empty values left out) and {@code page=<n>}.
     */
    public static PageLinks around(Page<?> page, String address, Map<String, String> parameters) {
        int count = Math.max(1, page.pageCount());
        int current = page.pageNumber() + 1;
        String previous = current > 1 ? href(address, parameters, current - 1) : "";
        String next = current < count ? href(address, parameters, current + 1) : "";
        return new PageLinks(previous, previous.isEmpty() ? "" : label(current - 1, count),
                next, next.isEmpty() ? "" : label(current + 1, count));
    }

    /** Whether there is more than one page, i.e. anything to show. */
    public boolean shown() {
        return !previousHref.isEmpty() || !nextHref.isEmpty();
    }

    private static String label(int number, int count) {
        return "Page " + number + " of " + count;
    }

    private static String href(String address, Map<String, String> parameters, int number) {
        String query = parameters.entrySet().stream()
                .filter(p -> p.getValue() != null && !p.getValue().isBlank())
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
        return address + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + number;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
