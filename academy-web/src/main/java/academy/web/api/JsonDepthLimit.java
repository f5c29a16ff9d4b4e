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
 * stream past, before any parser sees them.
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
                // Read away what the client is still sending: a client that writes its whole body
                // before it reads the answer would otherwise wait on a full connection forever.
                drain(body);
                throw refused;
            }
        }
        return context.proceed();
    }

    /** The most of a refused body that is read away; a larger one is left to the connection's end. */
    static final long MAX_DRAINED = 1024 * 1024;

    static void drain(InputStream body) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long drained = 0;
        int read;
        while (drained < MAX_DRAINED && (read = body.read(buffer)) != -1) {
            drained += read;
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
