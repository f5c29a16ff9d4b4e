package academy.web.certificate;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The short verification address printed on certificates and carried by their QR codes,
 * {@code /verify/{serial}}: it sends the browser to the verification page for that serial. The
 * serial is passed on as typed; the page decides whether it is one.
 */
@WebServlet("/verify/*")
public class VerifyAddressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/certificate/verify.xhtml";
    private static final int MAX_SERIAL = 40;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String typed = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String target = request.getContextPath() + PAGE;
        if (!typed.isBlank()) {
            String serial = typed.length() > MAX_SERIAL ? typed.substring(0, MAX_SERIAL) : typed;
            target += "?serial=" + URLEncoder.encode(serial, StandardCharsets.UTF_8);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
    }
}
