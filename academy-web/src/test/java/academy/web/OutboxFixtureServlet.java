package academy.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import academy.shared.mail.OutboxDelivery;

/**
 * Test deployments only: {@code POST /test-fixtures/outbox/deliver} delivers the mail outbox now,
 * batch after batch until a run delivers nothing, and answers "{@code <delivered> <failed>}". The
 * delivery locks each row it takes, so when the answer comes every mail queued before the request
 * has been sent, by this request or by the schedule, and a test can count what arrived without
 * waiting for the next scheduled run.
 */
@WebServlet("/test-fixtures/outbox/deliver")
public class OutboxFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int BATCH = 50;

    @Inject
    transient OutboxDelivery delivery;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int delivered = 0;
        int failed = 0;
        OutboxDelivery.Report run;
        do {
            run = delivery.deliverPending(BATCH);
            delivered += run.delivered();
            failed += run.failed();
        } while (run.delivered() > 0);
        response.setContentType("text/plain");
        response.getWriter().write(delivered + " " + failed);
    }
}
