package academy.certificate;

import java.util.List;
import java.util.Objects;

/**
 * Everything a certificate says, independent of how it is drawn: the document title (also its
 * metadata title), the heading, who it is for, what for, and the labelled facts, with the serial and
 * the verification address the QR code carries. Made by {@link CompletionCertificateData} and
 * {@link KiteMarkCertificateData}.
 *
 * @param kind       which design
 * @param title      the document title (PDF metadata, shown by readers)
 * @param heading    the large heading
 * @param holder     whom the certificate is for: a person's or a practice's name
 * @param statement  the words that lead from the holder to what was achieved ("has completed the module")
 * @param particulars the short lines printed under the statement (what, when, where), none repeating another
 * @param fields     labelled facts, in order: stored with the certificate and shown on its verification page
 * @param serial     the serial number
 * @param verifyUrl  the public verification address of this certificate
 */
public record CertificateContent(CertificateKind kind, String title, String heading, String holder, String statement,
                                 List<String> particulars, List<CertificateField> fields, CertificateSerial serial, String verifyUrl) {

    /** The language every certificate is written in. */
    public static final String LANGUAGE = "en-GB";

    public CertificateContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(statement, "statement");
        particulars = List.copyOf(particulars);
        fields = List.copyOf(fields);
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(verifyUrl, "verifyUrl");
    }

    /** The verification address of a serial under the academy's public base address. */
    public static String verifyUrl(String baseUrl, CertificateSerial serial) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/verify/" + serial.value();
    }
}
