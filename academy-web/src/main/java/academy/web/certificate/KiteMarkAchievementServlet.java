package academy.web.certificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import academy.certificate.CredentialPublication;
import academy.shared.NotFoundException;

/**
 * What a kite-mark level's achievement is, at the address that is its id in every credential:
 * {@code /kite-mark/scheme/{version}/levels/{level}}, as an Open Badges Achievement in JSON. Public.
 */
@WebServlet("/kite-mark/scheme/*")
public class KiteMarkAchievementServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,6})/levels/([a-z0-9-]{1,60})");

    @Inject
    transient CredentialPublication publication;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        String body;
        if (path.matches()) {
            try {
                body = publication.kiteMarkAchievement(Integer.parseInt(path.group(1)), path.group(2)).toString();
            } catch (NotFoundException unknown) {
                body = null;
            }
        } else {
            body = null;
        }
        if (body == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter().write(body);
    }
}
