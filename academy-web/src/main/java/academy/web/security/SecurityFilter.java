package academy.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Protection every request gets: the security headers ({@link SecurityHeaders}), and refusal of
 * state-changing requests sent by a page of another site ({@link CrossSiteCheck}) with 403, as
 * {@code application/problem+json} under {@code /api/}. Behind a trusted proxy that ends TLS
 * ({@code ACADEMY_TRUST_PROXY}), a request the browser sent over HTTPS is seen as such and its
 * session cookie is {@code Secure} ({@link TrustedProxy}).
 */
@WebFilter(urlPatterns = "/*", filterName = "SecurityFilter")
public class SecurityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SecurityFilter.class.getName());

    private boolean trustProxy;
    private String sessionCookieName;

    @Override
    public void init() throws ServletException {
        trustProxy = ConfigProvider.getConfig().getOptionalValue(TrustedProxy.SETTING, Boolean.class).orElse(false);
        sessionCookieName = Optional.ofNullable(getServletContext().getSessionCookieConfig().getName()).orElse("JSESSIONID");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (TrustedProxy.forwardedOverHttps(trustProxy, request.getHeader(TrustedProxy.FORWARDED_PROTO))) {
            HttpServletRequest forwarded = new ForwardedHttpsRequest(request);
            SecureSessionCookieResponse secured = new SecureSessionCookieResponse(response, forwarded, sessionCookieName);
            try {
                protect(forwarded, secured, chain);
            } finally {
                secured.secureSessionCookie();
            }
        } else {
            protect(request, response, chain);
        }
    }

    private void protect(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SecurityHeaders.forResponse(path.endsWith(".xhtml") || path.equals("/") || path.isEmpty())
                .forEach(response::setHeader);
        if (CrossSiteCheck.refuses(request.getMethod(), request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                request.getScheme(), request.getHeader("Host"))) {
            refuse(request, response, path);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failed) {
            if (!isStaleForm(request, failed) || response.isCommitted()) {
                throw failed;
            }
            // A form without a valid view state or PrimeFaces nonce: expired, or forged elsewhere.
            // Nothing was done; the person gets the "page expired" page by GET rather than an error.
            LOG.info(() -> "A form was sent that cannot be processed (" + rootCause(failed) + "): " + request.getRequestURI()
                    + "; sent to the expired page");
            response.reset();
            SecurityHeaders.forResponse(false).forEach(response::setHeader);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + EXPIRED_PAGE);
        }
    }

    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    private static String rootCause(Throwable failed) {
        Throwable cause = failed;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static boolean isStaleForm(HttpServletRequest request, Throwable failed) {
        if (!"POST".equalsIgnoreCase(request.getMethod())) {
            return false;
        }
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.equals("org.primefaces.csp.CspException")
                    || name.equals("jakarta.faces.application.ViewExpiredException")) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String detail = "This request came from another website, so it was refused.";
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"urn:academy:problem:cross-site\",\"title\":\"Cross-site request refused\","
                    + "\"status\":403,\"detail\":\"" + detail + "\",\"instance\":\"" + jsonText(request.getRequestURI()) + "\"}");
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN, detail);
    }

    /** The request path inside a JSON string: quotes, backslashes and control characters escaped. */
    static String jsonText(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
