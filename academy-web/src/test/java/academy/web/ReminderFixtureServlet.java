package academy.web;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import academy.learning.reminder.DailyReminders;

/**
 * Test deployments only: {@code POST /test-fixtures/reminders/run?now=<instant>} runs the learners'
 * reminder pass as if it were that moment, and answers
 * "{@code <people> <mails> <items> <failed> <escalated> <digests> <manager mails>}".
 * The production trigger ({@code POST /api/v1/admin/reminders}) runs it at the clock's "now", as
 * the award checks' endpoint does; this one lets a test walk the calendar.
 */
@WebServlet("/test-fixtures/reminders/run")
public class ReminderFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DailyReminders reminders;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant now;
        try {
            now = Instant.parse(request.getParameter("now"));
        } catch (DateTimeParseException | NullPointerException unreadable) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "now=<ISO instant>");
            return;
        }
        DailyReminders.Report report = reminders.run(now);
        response.setContentType("text/plain");
        response.getWriter().write(report.people() + " " + report.mails() + " " + report.items() + " " + report.failed()
                + " " + report.escalated() + " " + report.digests() + " " + report.managerMails());
    }
}
