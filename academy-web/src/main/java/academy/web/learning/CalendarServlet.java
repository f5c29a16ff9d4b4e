package academy.web.learning;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import academy.learning.reminder.CalendarFeeds;

/**
 * A learner's private calendar feed, {@code /calendar/{secret}.ics}, for calendar programs (no
 * sign-in: the secret is the key). An unknown, renewed or turned-off address answers 404 with a
 * sentence saying so.
 */
@WebServlet(CalendarFeeds.PATH + "*")
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Optional<String> feed = path.endsWith(CalendarFeeds.SUFFIX)
                ? feeds.feed(path.substring(0, path.length() - CalendarFeeds.SUFFIX.length())) : Optional.empty();
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (feed.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("This calendar address is not valid: it may have been renewed or turned off."
                    + " Make a new one on your account page.\n");
            return;
        }
        response.setContentType("text/calendar;charset=UTF-8");
        response.getWriter().write(feed.get());
    }
}
