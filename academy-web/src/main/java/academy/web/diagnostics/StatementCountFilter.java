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

import academy.shared.persistence.StatementCount;

/**
 * With {@code ACADEMY_COUNT_STATEMENTS=true}, logs how many SQL statements each request ran
 * (logger {@code academy.statements}): what the benchmarks read per journey step. Declared first in
 * web.xml so that it counts the statements of every other filter too. Off by default.
 */
public class StatementCountFilter implements Filter {

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
        StatementCount.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            int statements = StatementCount.end().orElse(0);
            HttpServletRequest http = (HttpServletRequest) request;
            String query = http.getQueryString() == null ? "" : "?" + http.getQueryString();
            LOG.info(() -> "statements=" + statements + " " + http.getMethod() + " " + http.getRequestURI() + query
                    + " status=" + ((HttpServletResponse) response).getStatus());
        }
    }
}
