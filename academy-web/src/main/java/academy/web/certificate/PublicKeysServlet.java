package academy.web.certificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import academy.certificate.CredentialPublication;

/**
 * The academy's public keys where verifiers look for them: the credentials' keys as a JWK set at
 * {@code /.well-known/jwks.json}, and the certificate that signs the PDFs, PEM-encoded, at
 * {@code /.well-known/academy-signing.pem} (a relying party adds it to the trusted certificates of
 * Acrobat or DSS to see a certificate's signature as trusted).
 */
@WebServlet({PublicKeysServlet.JWKS, PublicKeysServlet.SIGNING_CERTIFICATE})
public class PublicKeysServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String JWKS = "/.well-known/jwks.json";
    static final String SIGNING_CERTIFICATE = "/.well-known/academy-signing.pem";

    @Inject
    transient CredentialPublication publication;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean pem = SIGNING_CERTIFICATE.equals(request.getServletPath());
        response.setContentType(pem ? "application/x-pem-file" : "application/jwk-set+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=300");
        if (pem) {
            response.setHeader("Content-Disposition", "inline; filename=\"academy-signing.pem\"");
        }
        response.getWriter().write(pem ? publication.signingCertificatePem() : publication.publicKeys().toString());
    }
}
