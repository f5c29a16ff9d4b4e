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
 * <p>Init parameter {@code max-request-bytes}: the same number as the servlet's
 * {@code max-request-size}. A request without a declared length goes on as before.
 */
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadLimitFilter.class.getName());
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
            throw new ServletException("UploadLimitFilter needs the init parameter max-request-bytes, not " + configured);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!refuses(request.getMethod(), request.getContentType(), request.getContentLengthLong(), maxRequestBytes)) {
            chain.doFilter(request, response);
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

    private static void drain(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (body.read(buffer) != -1) {
            // read and forget: nothing of the refused form is kept
        }
    }
}
