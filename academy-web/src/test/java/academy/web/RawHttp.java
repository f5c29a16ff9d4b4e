package academy.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request written byte for byte on a socket, for what an ordinary client will not send: another
 * {@code Host} header, the {@code TRACE} method, a path the client would normalise.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** What came back: the status and every header line, in order. */
    public record Answer(int status, List<String> headers, String body) {

        /** Every value of the header {@code name}, in order. */
        public List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).toList();
        }

        @Override
        public String toString() {
            return status + " " + headers;
        }
    }

    /**
     * Sends {@code method path} to the academy at {@code application} with these extra header
     * lines (the {@code Host} line is {@code host}).
     */
    public static Answer send(URI application, String method, String path, String host, List<String> headers) {
        try (Socket socket = new Socket(application.getHost(), application.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append("\r\n").append("Connection: close\r\n");
            headers.forEach(h -> request.append(h).append("\r\n"));
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
        return new Answer(status, headers, end < 0 ? "" : text.substring(end + 4));
    }
}
