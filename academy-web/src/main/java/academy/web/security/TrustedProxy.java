package academy.web.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for running behind a reverse proxy that ends TLS (setting {@code ACADEMY_TRUST_PROXY}):
 * the academy then sees plain HTTP, and only the proxy's {@code X-Forwarded-Proto} header says the
 * browser used HTTPS. The header is believed only when the setting is on; otherwise anyone could
 * send it; the same goes for the client's address in {@code X-Forwarded-For}. Pure functions, so
 * the rules are tested without a server.
 */
public final class TrustedProxy {

    /** The setting's MicroProfile Config name (environment variable {@code ACADEMY_TRUST_PROXY}). */
    public static final String SETTING = "academy.trust.proxy";

    static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PORT = "X-Forwarded-Port";

    private TrustedProxy() {
    }

    /**
     * True when the browser's request reached the proxy over HTTPS and the proxy is trusted. A
     * header listing several hops ({@code https, http}) is read from its first, the browser's, value.
     */
    public static boolean forwardedOverHttps(boolean trusted, String forwardedProto) {
        if (!trusted || forwardedProto == null) {
            return false;
        }
        return forwardedProto.split(",", 2)[0].strip().toLowerCase(Locale.ROOT).equals("https");
    }

    /**
     * The port the browser used: the proxy's {@code X-Forwarded-Port}, else the port in the
     * {@code Host} header the browser sent (which the proxy passes on), else HTTPS's 443.
     */
    public static int forwardedPort(String forwardedPort, String host) {
        Optional<Integer> forwarded = port(forwardedPort);
        if (forwarded.isPresent()) {
            return forwarded.get();
        }
        if (host != null && !host.endsWith("]") && host.lastIndexOf(':') > 0) {
            return port(host.substring(host.lastIndexOf(':') + 1)).orElse(443);
        }
        return 443;
    }

    private static Optional<Integer> port(String text) {
        if (text == null || !text.strip().matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int port = Integer.parseInt(text.strip());
        return port > 0 && port <= 65_535 ? Optional.of(port) : Optional.empty();
    }

    /**
     * Where the request came from, for the audit trail and the sign-in throttle: behind a trusted
     * proxy, the address the proxy put last in {@code X-Forwarded-For} (earlier entries were sent
     * by the client and prove nothing); otherwise, or when that is not an address, the connection's.
     */
    public static String clientAddress(boolean trusted, String remoteAddress, String forwardedFor) {
        if (!trusted || forwardedFor == null) {
            return remoteAddress;
        }
        String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
        return !last.isEmpty() && last.length() <= 45 && last.matches("[0-9A-Fa-f:.]+") ? last : remoteAddress;
    }

    /** Headers a proxy adds to a request it passes on; a request with any of them was forwarded. */
    static final List<String> FORWARDING_HEADERS = List.of("Forwarded", FORWARDED_FOR, FORWARDED_PROTO, "X-Forwarded-Host",
            "X-Real-IP", "Via");

    /**
     * True when the request was made on the machine the academy runs on: it came over loopback
     * and no proxy passed it on. A proxy on the same machine connects over loopback too, so a
     * request that carries a forwarding header is someone else's, whether or not the proxy is
     * trusted (a client adding such a header only makes itself look less local).
     *
     * @param forwardingHeaders which of {@link #FORWARDING_HEADERS} the request carries
     */
    public static boolean fromThisMachine(String remoteAddress, Collection<String> forwardingHeaders) {
        if (remoteAddress == null || !forwardingHeaders.isEmpty()) {
            return false;
        }
        String address = remoteAddress.strip().replaceAll("^\\[|]$", "");
        return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
    }

    /**
     * The {@code Set-Cookie} header value with {@code Secure} added when it sets the cookie
     * {@code cookieName} and does not say Secure yet; empty when nothing needs to change.
     */
    public static Optional<String> withSecure(String setCookie, String cookieName) {
        if (setCookie == null || !setCookie.startsWith(cookieName + "=")) {
            return Optional.empty();
        }
        for (String attribute : setCookie.split(";")) {
            if (attribute.strip().equalsIgnoreCase("Secure")) {
                return Optional.empty();
            }
        }
        return Optional.of(setCookie + "; Secure");
    }
}
