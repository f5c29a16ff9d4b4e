package academy.web.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every response carries. Faces pages get their Content-Security-Policy from
 * PrimeFaces instead (with a fresh script nonce; see {@code primefaces.CSP_POLICY} in web.xml),
 * which is the same policy plus the nonce.
 */
public final class SecurityHeaders {

    /** For everything that is not a Faces page: no inline script at all. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; "
            + "object-src 'none'; script-src 'self'";

    private SecurityHeaders() {
    }

    /**
     * @param facesPage true for a {@code .xhtml} page, whose policy PrimeFaces adds (two policies would
     *                  both apply, and this one's script-src would block PrimeFaces' nonced scripts)
     */
    public static Map<String, String> forResponse(boolean facesPage) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!facesPage) {
            headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("X-Frame-Options", "DENY");
        return headers;
    }
}
