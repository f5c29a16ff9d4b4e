package academy.web.errors;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import academy.web.security.SecurityHeaders;

/**
 * Forms with files (evidence, a PDF to check) are sent to the Faces servlet, whose multipart
 * ceiling (web.xml) is far above what the pages accept; the pages check their own limits and say
 * so. A form over the ceiling itself would make the container fail while reading it, before any
 * page could speak, and the person would see the error page with a 500. This filter answers such a
 * request first: it reads the body away (so the browser, still sending, sees the answer rather
 * than a reset connection), changes nothing, and sends the browser to a page that says the file
 * was too large.
 *
 * <p>After any other request, what is left of its body is read away (see
 * {@link #readAwayUnread}).
 *
 * <p>Init parameter {@code max-request-bytes}: the same number as the servlet's
 * {@code max-request-size}. A request without a declared length goes on as before.
 */
public class RequestBodyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestBodyFilter.class.getName());
    static final String TOO_LARGE_PAGE = "/error/too-large.xhtml";
    /** Beyond this much, reading the body away costs more than a reset connection is worth. */
    private static final long MAX_DRAINED = 1L << 30;

    private long maxRequestBytes;

    @Override
    public void init() throws ServletException {
        String configured = getInitParameter("max-request-bytes");
        try {
            maxRequestBytes = Long.parseLong(configured.strip());
        } catch (NullPointerException | NumberFormatException e) {
            throw new ServletException("RequestBodyFilter needs the init parameter max-request-bytes, not " + configured);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!refuses(request.getMethod(), request.getContentType(), request.getContentLengthLong(), maxRequestBytes)) {
            chain.doFilter(request, response);
            readAwayUnread(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        LOG.info(() -> "A form of " + length + " bytes, over the ceiling of " + maxRequestBytes + ", was sent to "
                + request.getRequestURI() + "; sent to the too-large page");
        if (length <= MAX_DRAINED) {
            drain(request.getInputStream());
        }
        SecurityHeaders.forResponse(false).forEach(response::setHeader);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + TOO_LARGE_PAGE);
    }

    /** Whether the request is a form with files larger than the ceiling, by its declared length. */
    static boolean refuses(String method, String contentType, long contentLength, long maxRequestBytes) {
        return "POST".equalsIgnoreCase(method) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && contentLength > maxRequestBytes;
    }

    /**
     * Reads away what is left of a body that nobody read: a request answered before its body was
     * read (401 to a visitor, a JSON body refused for its depth). Over HTTP/2 the client may send no
     * more than the stream's flow-control window until the server reads, and a client that finishes
     * sending before it reads the answer (Java's HttpClient does) would otherwise wait for ever on a
     * body of more than 64 KiB. The answer goes out first; at most the ceiling is read.
     */
    private void readAwayUnread(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.isAsyncStarted() || request.getContentLengthLong() == 0 || !hasBody(request.getMethod())
                || waitsToBeAsked(request.getHeader("Expect"))) {
            return;
        }
        InputStream body;
        try {
            body = request.getInputStream();
        } catch (IllegalStateException readAsText) {
            return; // the page or resource read it through getReader(), to the end it needed
        }
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        int read;
        try {
            if (!response.isCommitted()) {
                response.flushBuffer();
            }
            while (drained <= maxRequestBytes && (read = body.read(buffer)) != -1) {
                drained += read;
            }
        } catch (IOException closed) {
            // The reader closed the body (the REST runtime does once it has read it) or the client
            // went away: nothing is left to read, and the answer has already gone out.
        }
    }

    /** A client that asked "Expect: 100-continue" and got its answer sends no body; nothing is left to read. */
    static boolean waitsToBeAsked(String expect) {
        return expect != null && expect.toLowerCase(Locale.ROOT).contains("100-continue");
    }

    private static boolean hasBody(String method) {
        return !"GET".equalsIgnoreCase(method) && !"HEAD".equalsIgnoreCase(method) && !"OPTIONS".equalsIgnoreCase(method);
    }

    private static void drain(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (body.read(buffer) != -1) {
            // read and forget: nothing of the refused form is kept
        }
    }
}
