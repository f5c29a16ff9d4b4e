package academy.web.security;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a request that could change something came from another site (cross-site request
 * forgery). Browsers say so in {@code Sec-Fetch-Site}; older ones only send {@code Origin}, which
 * must then name this very site. A request with neither (curl, another server) is not a browser
 * acting for someone, so it passes here and must still authenticate.
 */
public final class CrossSiteCheck {

    /** Methods that never change anything (the academy keeps it so: no state change on GET). */
    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private CrossSiteCheck() {
    }

    public static boolean changesState(String method) {
        return method == null || !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
    }

    /**
     * @param secFetchSite the {@code Sec-Fetch-Site} header, or null
     * @param origin       the {@code Origin} header, or null
     * @param scheme       the request's scheme as the server saw it ({@code http} / {@code https})
     * @param host         the {@code Host} header (name and port) of the request
     * @return true when the request must be refused
     */
    public static boolean refuses(String method, String secFetchSite, String origin, String scheme, String host) {
        if (!changesState(method)) {
            return false;
        }
        if (secFetchSite != null && !secFetchSite.isBlank()) {
            // "none" is the person typing an address or using a bookmark; only a page of another site is refused.
            String site = secFetchSite.strip().toLowerCase(Locale.ROOT);
            return !site.equals("same-origin") && !site.equals("none");
        }
        if (origin == null || origin.isBlank()) {
            return false;
        }
        return !sameOrigin(origin.strip(), scheme, host);
    }

    static boolean sameOrigin(String origin, String scheme, String host) {
        if ("null".equals(origin) || host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            // Behind a proxy that ends TLS the server sees http while the browser says https; the host decides.
            return authority.equalsIgnoreCase(host.strip())
                    || authority.equalsIgnoreCase(withDefaultPort(host.strip(), uri.getScheme()))
                    || withDefaultPort(authority, uri.getScheme()).equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    private static String withDefaultPort(String authority, String scheme) {
        if (authority.contains(":") && !authority.endsWith("]")) {
            return authority;
        }
        return authority + ("https".equalsIgnoreCase(scheme) ? ":443" : ":80");
    }
}
