package academy.web.signin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Signing out: a POST (the header's "Sign out" button), never a GET, so that no link or image
 * elsewhere can sign someone out. The session ends entirely. Cross-site POSTs never get here
 * ({@code academy.web.security.SecurityFilter} refuses them).
 */
@WebServlet(urlPatterns = SignOutServlet.PATH)
public class SignOutServlet extends HttpServlet {

    public static final String PATH = "/signout";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/index.xhtml?signedOut=true");
    }
}
