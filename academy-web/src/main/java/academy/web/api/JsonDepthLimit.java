package academy.web.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import academy.shared.InvalidRequestException;

/**
 * Every JSON body the API reads is refused (400 problem) once it nests deeper than
 * {@value #MAX_DEPTH} arrays and objects: no request of the academy's needs more than three, and a
 * body nested thousands deep would otherwise exhaust a parser's stack. Counted as the bytes
 * stream past, before any parser sees them. A body that cannot be read to its end (the client
 * stalled or went away) is refused the same way, rather than reported as a server failure.
 */
@Provider
public class JsonDepthLimit implements ReaderInterceptor {

    static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json")) {
            InputStream body = context.getInputStream();
            context.setInputStream(new DepthCountingStream(body));
            try {
                return context.proceed();
            } catch (InvalidRequestException refused) {
                // Read the rest away now, while the stream is open: the REST runtime closes it after
                // this, and over HTTP/2 a body left unread keeps its share of the connection's flow-
                // control window, so later requests on the same connection would wait for ever.
                drain(body);
                throw refused;
            } catch (IOException unreadable) {
                throw unreadable(unreadable);
            }
        }
        try {
            return context.proceed();
        } catch (IOException unreadable) {
            // The client stopped sending part-way (the container's read timed out) or the
            // connection broke: the request's fault, not the server's, and nothing was done with it.
            throw unreadable(unreadable);
        }
    }

    private static InvalidRequestException unreadable(IOException cause) {
        return new InvalidRequestException("The request body could not be read in full: the connection stalled or closed while it was being sent.", cause);
    }

    /** The most of a refused body that is read away; a larger one is left to the connection's end. */
    static final long MAX_DRAINED = 1024 * 1024;

    static void drain(InputStream body) {
        byte[] buffer = new byte[16 * 1024];
        long drained = 0;
        int read;
        try {
            while (drained < MAX_DRAINED && (read = body.read(buffer)) != -1) {
                drained += read;
            }
        } catch (IOException gone) {
            // the client went away: nothing more to read
        }
    }

    /** Passes the bytes on, keeping count of open arrays and objects outside strings. */
    static final class DepthCountingStream extends FilterInputStream {

        private int depth;
        private boolean inString;
        private boolean escaped;

        DepthCountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                see(b);
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int read = super.read(bytes, offset, length);
            for (int i = 0; i < read; i++) {
                see(bytes[offset + i]);
            }
            return read;
        }

        private void see(int b) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
                return;
            }
            switch (b) {
                case '"' -> inString = true;
                case '[', '{' -> {
                    if (++depth > MAX_DEPTH) {
                        throw new InvalidRequestException("The JSON body nests arrays and objects more than " + MAX_DEPTH
                                + " deep; no request of the academy's needs that.");
                    }
                }
                case ']', '}' -> depth--;
                default -> {
                    // other bytes do not change the depth
                }
            }
        }
    }
}
