package academy.web.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response as every part of the academy writes it: one value each for the security headers
 * (PrimeFaces' nonced policy on a Faces page replaces the scriptless one rather than adding a
 * second policy, which browsers would both apply), the headers put back after a reset, and
 * redirects that name only a path, so that no {@code Host} header a client sends can turn a
 * redirect into a link to another site. A relative {@code Location} is resolved by the browser
 * against the address it used, which also keeps HTTPS behind a proxy that ends TLS.
 */
final class GuardedResponse extends HttpServletResponseWrapper {

    private static final Set<String> SINGLE = Set.of("content-security-policy", "x-frame-options",
            "x-content-type-options", "referrer-policy");

    private final HttpServletRequest request;
    private final boolean facesPage;

    GuardedResponse(HttpServletResponse response, HttpServletRequest request, boolean facesPage) {
        super(response);
        this.request = request;
        this.facesPage = facesPage;
    }

    @Override
    public void addHeader(String name, String value) {
        if (name != null && SINGLE.contains(name.toLowerCase(Locale.ROOT))) {
            super.setHeader(name, value);
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void reset() {
        super.reset();
        SecurityHeaders.forResponse(facesPage).forEach(super::setHeader);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        if (isCommitted()) {
            throw new IllegalStateException("The response was already sent; cannot redirect to " + location);
        }
        resetBuffer();
        setStatus(SC_FOUND);
        setHeader("Location", relative(location, request.getRequestURI()));
        flushBuffer();
    }

    /**
     * The location as the path (and query) a browser resolves against the address it used, for a
     * relative location; an absolute address (another site, chosen by the code) is kept as it is.
     */
    static String relative(String location, String requestUri) {
        URI given;
        URI resolved;
        try {
            given = URI.create(location);
            if (given.isAbsolute() || given.getRawAuthority() != null) {
                return location;
            }
            resolved = location.startsWith("/") ? given : URI.create(requestUri).resolve(given);
        } catch (IllegalArgumentException notAnAddress) {
            return location.startsWith("/") ? location : "/" + location;
        }
        // "//host/..." would be read by a browser as another site.
        String path = resolved.getRawPath() == null || resolved.getRawPath().isEmpty() ? "/"
                : resolved.getRawPath().replaceFirst("^/{2,}", "/");
        return path + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())
                + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment());
    }
}
