package academy.web.api.certificate;

import jakarta.ws.rs.core.Response;

import academy.certificate.Certificate;

/** How certificate files leave the API: a safe file name made from the serial alone. */
final class CertificateFiles {

    private CertificateFiles() {
    }

    static Response pdf(Certificate certificate, byte[] bytes) {
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + certificate.serial().value() + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
