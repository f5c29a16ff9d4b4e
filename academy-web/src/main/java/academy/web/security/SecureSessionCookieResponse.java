package academy.web.security;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response to a request that came over HTTPS through a trusted proxy: the session cookie
 * gets {@code Secure}. (Redirects stay on HTTPS because they are relative; see {@link GuardedResponse}.)
 *
 * <p>The server writes the session cookie itself, whenever a session is created or its id
 * changed (also by code that holds the unwrapped request), and it only knows the connection
 * from the proxy, which is plain HTTP. So every {@code Set-Cookie} header for the session cookie
 * is given {@code Secure} at the last moment it still can be: before any byte of the body, a
 * flush, a redirect or an error page reaches the server's buffer, and once more when the
 * request is done.
 */
final class SecureSessionCookieResponse extends HttpServletResponseWrapper {

    private static final String SET_COOKIE = "Set-Cookie";

    private final String cookieName;
    private ServletOutputStream stream;
    private PrintWriter writer;

    SecureSessionCookieResponse(HttpServletResponse response, String cookieName) {
        super(response);
        this.cookieName = cookieName;
    }

    /** Adds {@code Secure} to the session cookie headers written so far, unless the headers are already sent. */
    void secureSessionCookie() {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (response.isCommitted()) {
            return;
        }
        List<String> headers = new ArrayList<>(response.getHeaders(SET_COOKIE));
        if (headers.stream().map(h -> TrustedProxy.withSecure(h, cookieName)).noneMatch(Optional::isPresent)) {
            return;
        }
        boolean first = true;
        for (String header : headers) {
            String value = TrustedProxy.withSecure(header, cookieName).orElse(header);
            if (first) {
                response.setHeader(SET_COOKIE, value);
                first = false;
            } else {
                response.addHeader(SET_COOKIE, value);
            }
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        secureSessionCookie();
        super.sendRedirect(location);
    }

    @Override
    public void sendError(int status) throws IOException {
        secureSessionCookie();
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        secureSessionCookie();
        super.sendError(status, message);
    }

    @Override
    public void flushBuffer() throws IOException {
        secureSessionCookie();
        super.flushBuffer();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new CheckingStream(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new CheckingWriter(super.getWriter());
        }
        return writer;
    }

    private final class CheckingStream extends ServletOutputStream {
        private final ServletOutputStream out;

        CheckingStream(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            secureSessionCookie();
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            secureSessionCookie();
            out.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            secureSessionCookie();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            secureSessionCookie();
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }

    private final class CheckingWriter extends PrintWriter {

        CheckingWriter(PrintWriter out) {
            super(out);
        }

        @Override
        public void write(int c) {
            secureSessionCookie();
            super.write(c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            secureSessionCookie();
            super.write(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            secureSessionCookie();
            super.write(text, offset, length);
        }

        @Override
        public void flush() {
            secureSessionCookie();
            super.flush();
        }

        @Override
        public void close() {
            secureSessionCookie();
            super.close();
        }
    }
}
