package academy.web.certificate;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets browser-based verifiers on any site read what the academy publishes for checking
 * certificates: verification, badges, the keys, the signing certificate, the status lists, the
 * issuer's profile and the achievements. Reading only, and never with cookies: nothing here depends
 * on who asks, so {@code *} shares nothing private. Credentials downloaded by signed-in people are
 * not listed, so they stay same-origin.
 */
@WebFilter(urlPatterns = {"/api/v1/verify/*", "/api/v1/badges/*", "/api/v1/credentials/issuer",
        "/api/v1/credentials/status/*", "/.well-known/jwks.json", "/.well-known/academy-signing.pem", "/kite-mark/scheme/*"})
public class PublicCorsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String METHODS = "GET, HEAD, OPTIONS";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Expose-Headers", "Content-Type, Content-Disposition");
        }
        if ("OPTIONS".equals(method) && request.getHeader("Access-Control-Request-Method") != null) {
            // A preflight: only reading is allowed, with the one header a verifier needs to choose a format.
            response.setHeader("Access-Control-Allow-Methods", METHODS);
            response.setHeader("Access-Control-Allow-Headers", "Accept");
            response.setHeader("Access-Control-Max-Age", "3600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
