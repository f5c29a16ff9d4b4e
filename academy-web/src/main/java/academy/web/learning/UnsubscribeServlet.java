package academy.web.learning;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import academy.learning.reminder.ReminderPreferences;

/**
 * The unsubscribe address in reminder mails ({@code List-Unsubscribe}), working without signing in.
 * GET (a person following the link, or a mail scanner) changes nothing: it sends the browser to the
 * confirmation page. POST with {@code List-Unsubscribe=One-Click} (RFC 8058, a mail program's
 * one-click button) unsubscribes at once and answers in plain text; an unknown link answers 404 with
 * a sentence saying so, never an error page.
 */
@WebServlet(ReminderPreferences.UNSUBSCRIBE_PATH)
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/account/unsubscribe.xhtml";
    static final String ONE_CLICK = "One-Click";

    @Inject
    transient ReminderPreferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        String target = request.getContextPath() + PAGE;
        if (token != null && !token.isBlank() && token.length() <= 100) {
            target += "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        if (!ONE_CLICK.equals(request.getParameter("List-Unsubscribe"))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write("To unsubscribe in one click, send List-Unsubscribe=One-Click (RFC 8058),"
                    + " or open the link in a browser.\n");
            return;
        }
        if (!preferences.unsubscribe(request.getParameter("token"))) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.getWriter().write("This unsubscribe link is not one of ours, or is incomplete. Nothing was changed.\n");
            return;
        }
        response.getWriter().write("Unsubscribed: you will get only overdue notices of mandatory training,"
                + " which cannot be switched off.\n");
    }
}
