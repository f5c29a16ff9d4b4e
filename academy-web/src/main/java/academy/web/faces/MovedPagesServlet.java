package academy.web.faces;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages that were renamed so that each page and its backing bean share one name, and addresses
 * spell "kite-mark" one way: their old addresses, still in bookmarks and in mail already sent,
 * answer with a permanent redirect to the new page, query string and all (under /practice/ a
 * visitor signs in first, as before). The new page checks who may see it, as it always did.
 */
@WebServlet({MovedPagesServlet.KITE_MARK, MovedPagesServlet.APPEALS_TO_HEAR, MovedPagesServlet.KITE_MARK_CERTIFICATES})
public class MovedPagesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String KITE_MARK = "/accreditation/kitemark.xhtml";
    static final String APPEALS_TO_HEAR = "/accreditation/appeals.xhtml";
    static final String KITE_MARK_CERTIFICATES = "/practice/kite-mark.xhtml";

    /** Old address → new address, both from the context root. */
    static final Map<String, String> MOVED = Map.of(
            KITE_MARK, "/accreditation/kite-mark.xhtml",
            APPEALS_TO_HEAR, "/accreditation/appeal-hearings.xhtml",
            KITE_MARK_CERTIFICATES, "/practice/kite-mark-certificates.xhtml");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getContextPath() + MOVED.get(request.getServletPath());
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", query == null ? target : target + "?" + query);
    }
}
