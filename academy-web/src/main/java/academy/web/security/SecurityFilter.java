package academy.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Protection every request gets, before anything else runs:
 * <ul>
 * <li>one set of security headers on every response ({@link SecurityHeaders}), error pages included
 *     (this filter also runs on error dispatches), and redirects that name a path only
 *     ({@link GuardedResponse}), never a host taken from the request;</li>
 * <li>{@code TRACE} answered 405;</li>
 * <li>a session id in the address ({@code ;jsessionid=}) refused with 400: sessions travel in the
 *     cookie only;</li>
 * <li>text no part of the academy accepts (a NUL byte in the path or a parameter) refused with 400
 *     ({@link RequestText}), and a form claiming a stateless view answered as an expired form;</li>
 * <li>state-changing requests sent by a page of another site refused with 403 ({@link CrossSiteCheck}).</li>
 * </ul>
 * Under {@code /api/} a refusal is {@code application/problem+json}; elsewhere a page says why.
 * Behind a trusted proxy that ends TLS ({@code ACADEMY_TRUST_PROXY}), a request the browser sent
 * over HTTPS is seen as such and its session cookie is {@code Secure} ({@link TrustedProxy}).
 */
@WebFilter(urlPatterns = "/*", filterName = "SecurityFilter",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
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
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            // An error page or a forward inside the academy: the request was checked when it arrived.
            chain.doFilter(request, guarded(request, response));
            return;
        }
        if (TrustedProxy.forwardedOverHttps(trustProxy, request.getHeader(TrustedProxy.FORWARDED_PROTO))) {
            HttpServletRequest forwarded = new ForwardedHttpsRequest(request);
            SecureSessionCookieResponse secured = new SecureSessionCookieResponse(response, sessionCookieName);
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
        response = guarded(request, response);
        if ("TRACE".equalsIgnoreCase(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            refuse(request, response, path, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method-not-allowed",
                    "Method not allowed", "The academy does not answer TRACE.");
            return;
        }
        if (request.isRequestedSessionIdFromURL() || request.getRequestURI().toLowerCase(Locale.ROOT).contains(";jsessionid")) {
            refuse(request, response, path, HttpServletResponse.SC_BAD_REQUEST, "invalid-request", "Invalid request",
                    "A session id in the address is not accepted; the academy keeps sessions in a cookie only.");
            return;
        }
        Optional<String> unreadable = RequestText.refusal(request.getRequestURI(), request.getQueryString(),
                readsParameters(request, path) ? request.getParameterMap() : Map.of());
        if (unreadable.isPresent()) {
            refuse(request, response, path, HttpServletResponse.SC_BAD_REQUEST, "invalid-request", "Invalid request",
                    unreadable.get());
            return;
        }
        if ("POST".equalsIgnoreCase(request.getMethod()) && !path.startsWith("/api/")
                && "stateless".equals(request.getParameter(VIEW_STATE))) {
            // No page of the academy is stateless; a form claiming so was not sent by one of them.
            sendToExpiredPage(request, response, "a stateless view state");
            return;
        }
        if (CrossSiteCheck.refuses(request.getMethod(), request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                request.getScheme(), request.getHeader("Host"))) {
            refuse(request, response, path, HttpServletResponse.SC_FORBIDDEN, "cross-site", "Cross-site request refused",
                    "This request came from another website, so it was refused.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failed) {
            if (!isStaleForm(request, failed) || response.isCommitted()) {
                throw failed;
            }
            // A form without a valid view state: expired, or forged elsewhere. Nothing was done;
            // the person gets the "page expired" page by GET rather than an error.
            sendToExpiredPage(request, response, rootCause(failed));
        }
    }

    static final String EXPIRED_PAGE = "/error/expired.xhtml";
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    /** Answers a form that cannot be processed with a redirect (303) to the "page expired" page. */
    static void sendToExpiredPage(HttpServletRequest request, HttpServletResponse response, String why) {
        LOG.info(() -> "A form was sent that cannot be processed (" + why + "): " + request.getRequestURI()
                + "; sent to the expired page");
        response.reset();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + EXPIRED_PAGE);
    }

    private static HttpServletResponse guarded(HttpServletRequest request, HttpServletResponse response) {
        if (response instanceof GuardedResponse) {
            return response;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean facesPage = path.endsWith(".xhtml") || path.equals("/") || path.isEmpty();
        SecurityHeaders.forResponse(facesPage).forEach(response::setHeader);
        return new GuardedResponse(response, request, facesPage);
    }

    /**
     * Form parameters are read here only where reading them cannot take the body from its reader:
     * not for the API (JAX-RS reads its own bodies) and not for uploads (the Faces servlet's
     * multipart handling reads those).
     */
    private static boolean readsParameters(HttpServletRequest request, String path) {
        String type = request.getContentType();
        return !path.startsWith("/api/") && (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/"));
    }

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

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String path, int status,
                               String type, String title, String detail) throws IOException {
        if (path.startsWith("/api/")) {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"urn:academy:problem:" + type + "\",\"title\":\"" + title + "\","
                    + "\"status\":" + status + ",\"detail\":\"" + jsonText(detail) + "\",\"instance\":\""
                    + jsonText(request.getRequestURI()) + "\"}");
            return;
        }
        if (postsFormState(request, path)) {
            // The error page would be rendered as a postback of this form, whose view state belongs
            // to another page; it is opened afresh instead, by GET.
            LOG.info(() -> "A form was refused (" + detail + "): " + request.getRequestURI());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + BAD_REQUEST_PAGE);
            return;
        }
        response.sendError(status, detail);
    }

    static final String BAD_REQUEST_PAGE = "/error/bad-request.xhtml";

    private static boolean postsFormState(HttpServletRequest request, String path) {
        if (!readsParameters(request, path)) {
            return !path.startsWith("/api/") && "POST".equalsIgnoreCase(request.getMethod());
        }
        return request.getParameter(VIEW_STATE) != null;
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
