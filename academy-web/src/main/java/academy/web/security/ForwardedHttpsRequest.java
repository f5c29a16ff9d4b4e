package academy.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request that reached a trusted proxy over HTTPS, as the browser sent it: secure, scheme
 * {@code https}, the browser's port. The cross-site check compares the browser's {@code Origin}
 * with this, so forms keep working behind the proxy.
 */
final class ForwardedHttpsRequest extends HttpServletRequestWrapper {

    private final int port;

    ForwardedHttpsRequest(HttpServletRequest request) {
        super(request);
        this.port = TrustedProxy.forwardedPort(request.getHeader(TrustedProxy.FORWARDED_PORT), request.getHeader("Host"));
    }

    @Override
    public boolean isSecure() {
        return true;
    }

    @Override
    public String getScheme() {
        return "https";
    }

    @Override
    public int getServerPort() {
        return port;
    }

    @Override
    public StringBuffer getRequestURL() {
        StringBuffer url = new StringBuffer("https://").append(getServerName());
        if (port != 443) {
            url.append(':').append(port);
        }
        return url.append(getRequestURI());
    }
}
