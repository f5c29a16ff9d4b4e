package academy.web.diagnostics;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import academy.shared.persistence.StatementCount;

/**
 * With {@code ACADEMY_COUNT_STATEMENTS=true}, logs how many SQL statements each request ran
 * (logger {@code academy.statements}): what the benchmarks read per journey step. Declared first in
 * web.xml so that it counts the statements of every other filter too. Off by default.
 *
 * <p>A page's statements are only known once it is sent, too late for a header of its own, so the
 * count is also kept in the session and sent with the session's next response as
 * {@value #PREVIOUS_HEADER} ("95 GET /practice/matrix.xhtml"); tests read it there.
 */
public class StatementCountFilter implements Filter {

    public static final String PREVIOUS_HEADER = "Academy-Previous-Statements";
    private static final String PREVIOUS_ATTRIBUTE = StatementCountFilter.class.getName() + ".previous";
    private static final Logger LOG = Logger.getLogger("academy.statements");

    private boolean enabled;

    @Override
    public void init(FilterConfig config) {
        enabled = StatementCount.enabled();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest http = (HttpServletRequest) request;
        HttpSession session = http.getSession(false);
        Object previous = session == null ? null : session.getAttribute(PREVIOUS_ATTRIBUTE);
        if (previous != null) {
            ((HttpServletResponse) response).setHeader(PREVIOUS_HEADER, previous.toString());
        }
        StatementCount.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            int statements = StatementCount.end().orElse(0);
            String query = http.getQueryString() == null ? "" : "?" + http.getQueryString();
            String line = statements + " " + http.getMethod() + " " + http.getRequestURI() + query;
            LOG.info(() -> "statements=" + line + " status=" + ((HttpServletResponse) response).getStatus());
            remember(http, line);
        }
    }

    private static void remember(HttpServletRequest http, String line) {
        try {
            HttpSession current = http.getSession(false);
            if (current != null) {
                current.setAttribute(PREVIOUS_ATTRIBUTE, line);
            }
        } catch (IllegalStateException invalidated) {
            // Signed out in this request: there is no next response in this session to tell.
        }
    }
}
