package academy.web.certificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import academy.certificate.CredentialPublication;

/** The issuer's public keys as a JWK set, where JOSE verifiers look for them: {@code /.well-known/jwks.json}. */
@WebServlet("/.well-known/jwks.json")
public class PublicKeysServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CredentialPublication certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/jwk-set+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getWriter().write(certificates.publicKeys().toString());
    }
}
