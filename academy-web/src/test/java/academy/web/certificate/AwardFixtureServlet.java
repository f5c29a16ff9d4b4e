package academy.web.certificate;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import academy.accreditation.award.KiteMarkAward;

/**
 * Test deployments only: {@code POST /test-fixtures/awards/grant?practice=&rank=} answers
 * "{@code <award id> <award serial>}"; {@code …/revoke?award=&reason=} and {@code …/reinstate?award=}.
 */
@WebServlet("/test-fixtures/awards/*")
public class AwardFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AwardFixture fixture;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        switch (String.valueOf(request.getPathInfo())) {
            case "/grant" -> {
                KiteMarkAward award = fixture.grant(Long.parseLong(request.getParameter("practice")),
                        Integer.parseInt(request.getParameter("rank")));
                response.getWriter().write(award.id() + " " + award.serial().value());
            }
            case "/revoke" -> fixture.revoke(Long.parseLong(request.getParameter("award")), request.getParameter("reason"));
            case "/reinstate" -> fixture.reinstate(Long.parseLong(request.getParameter("award")));
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
